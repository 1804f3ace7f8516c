package org.omotenashi.concierge.it.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omotenashi.concierge.it.evaluation.Expectations.IntentCheck;
import org.omotenashi.concierge.it.evaluation.Expectations.Verdict;
import org.omotenashi.concierge.it.evaluation.JourneyRunner.Played;

/**
 * The figures of an evaluation run, per language and overall (journeys passed, intent labels
 * matched), per kind of journey, and every failing journey with its reasons and transcript, as the
 * results part of {@code docs/evaluation.md}. The part of that file above {@link #MARKER} (the
 * method) is kept as it is.
 */
public final class EvaluationReport {
  public static final String MARKER = "<!-- Results: EvaluationIT rewrites everything below this line. -->";

  private final List<Result> results = new ArrayList<>();

  /** One journey's outcome. */
  public record Result(Played played, Verdict verdict) {
    Journey journey() {
      return played.journey();
    }
  }

  /** Journeys and intent labels of one language (or of all, or of one kind). */
  public record Figures(String name, int journeys, int passed, int labels, int correct) {
    public double success() {
      return journeys == 0 ? 0 : 100.0 * passed / journeys;
    }

    public double accuracy() {
      return labels == 0 ? 0 : 100.0 * correct / labels;
    }

    Figures plus(Result result) {
      List<IntentCheck> intents = result.verdict().intents();
      return new Figures(name, journeys + 1, passed + (result.verdict().passed() ? 1 : 0),
          labels + intents.size(), correct + (int) intents.stream().filter(IntentCheck::correct).count());
    }
  }

  public void add(Played played, Verdict verdict) {
    results.add(new Result(played, verdict));
  }

  public List<Result> results() {
    return List.copyOf(results);
  }

  /** Per language, in the corpus's order of languages. */
  public List<Figures> byLanguage() {
    Map<String, Figures> figures = new LinkedHashMap<>();
    JourneyFile.LANGUAGES.forEach(l -> figures.put(l, new Figures(l, 0, 0, 0, 0)));
    results.forEach(r -> figures.computeIfPresent(r.journey().language(), (l, f) -> f.plus(r)));
    return figures.values().stream().filter(f -> f.journeys() > 0).toList();
  }

  public List<Figures> byKind() {
    Map<String, Figures> figures = new LinkedHashMap<>();
    Journey.KINDS.forEach(k -> figures.put(k, new Figures(k, 0, 0, 0, 0)));
    results.forEach(r -> figures.computeIfPresent(r.journey().kind(), (k, f) -> f.plus(r)));
    return figures.values().stream().filter(f -> f.journeys() > 0).toList();
  }

  public Figures overall() {
    Figures all = new Figures("all", 0, 0, 0, 0);
    for (Result result : results) {
      all = all.plus(result);
    }
    return all;
  }

  /** The results part of the report. */
  public String markdown(String ranAt, String command, String scope) {
    StringBuilder md = new StringBuilder();
    md.append("## Results\n\n");
    md.append("Run on ").append(ranAt).append(" with `").append(command).append("`");
    md.append(scope.isEmpty() ? "" : " (" + scope + ")").append(".\n\n");
    md.append("| Language | Journeys | Passed | Success | Intent labels | Correct | Intent accuracy |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Figures f : byLanguage()) {
      row(md, f.name(), f);
    }
    row(md, "**all**", overall());
    md.append("\n| Kind | Journeys | Passed | Success | Intent labels | Correct | Intent accuracy |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Figures f : byKind()) {
      row(md, f.name(), f);
    }
    List<Result> failing = results.stream().filter(r -> !r.verdict().passed()).toList();
    md.append("\n## Failing journeys (").append(failing.size()).append(")\n");
    if (failing.isEmpty()) {
      md.append("\nNone.\n");
    }
    for (Result result : failing) {
      Journey journey = result.journey();
      md.append("\n### ").append(journey.id()).append(": ").append(oneLine(journey.title())).append("\n\n");
      md.append("Conversation `").append(result.played().conversationId()).append("`, ends ")
          .append(result.verdict().conversationStatus()).append(".\n\n");
      for (String failure : result.verdict().failures()) {
        md.append("- ").append(oneLine(failure)).append("\n");
      }
      md.append("\n");
      List<JourneyRunner.PlayedTurn> turns = result.played().turns();
      for (int i = 0; i < turns.size(); i++) {
        JourneyRunner.PlayedTurn turn = turns.get(i);
        md.append(i + 1).append(". guest: ").append(quote(turn.said())).append(intentNote(result, i + 1)).append("\n");
        for (JourneyRunner.Reply reply : turn.replies()) {
          md.append("   - concierge (").append(reply.language()).append("): ").append(quote(reply.text())).append("\n");
        }
      }
    }
    List<String> mismatches = new ArrayList<>();
    for (Result result : results) {
      for (IntentCheck check : result.verdict().intents()) {
        if (!check.correct()) {
          mismatches.add("| " + result.journey().id() + " | " + check.turn() + " | " + check.expected()
              + " | " + check.actual() + " |");
        }
      }
    }
    md.append("\n## Intent mismatches (").append(mismatches.size()).append(")\n\n");
    if (mismatches.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| Journey | Turn | Label | Understood |\n|---|---:|---|---|\n");
      mismatches.forEach(m -> md.append(m).append("\n"));
    }
    return md.toString();
  }

  /** Rewrites {@code file} below {@link #MARKER} with the results (adding the marker if it lacks it). */
  public void write(Path file, String ranAt, String command, String scope) {
    try {
      String header = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Evaluation\n\n";
      int marker = header.indexOf(MARKER);
      String kept = marker >= 0 ? header.substring(0, marker) : header.stripTrailing() + "\n\n";
      Files.writeString(file, kept + MARKER + "\n\n" + markdown(ranAt, command, scope), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String intentNote(Result result, int turn) {
    return result.verdict().intents().stream()
        .filter(c -> c.turn() == turn)
        .map(c -> c.correct() ? " [" + c.expected() + "]" : " [" + c.expected() + ", understood " + c.actual() + "]")
        .findFirst()
        .orElse("");
  }

  private static void row(StringBuilder md, String name, Figures f) {
    md.append("| ").append(name).append(" | ").append(f.journeys()).append(" | ").append(f.passed())
        .append(" | ").append(percent(f.success())).append(" | ").append(f.labels()).append(" | ")
        .append(f.correct()).append(" | ").append(percent(f.accuracy())).append(" |\n");
  }

  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f %%", value);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String quote(String text) {
    return "\"" + oneLine(text).replace("|", "\\|") + "\"";
  }
}
