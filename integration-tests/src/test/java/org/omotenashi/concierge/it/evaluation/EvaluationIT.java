package org.omotenashi.concierge.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omotenashi.concierge.it.ApiClient;
import org.omotenashi.concierge.it.RunningSystem;
import org.omotenashi.concierge.it.TestSystem;
import org.omotenashi.concierge.it.evaluation.EvaluationReport.Figures;

/**
 * Plays every journey of the corpus against the running system, writes the figures to
 * {@code docs/evaluation.md}, and then requires every language to reach {@value #REQUIRED_SUCCESS}
 * % journey success. Runs on Payara Micro only (the agent is the same on Payara Server, and one
 * report is enough).
 *
 * <p>{@code -Devaluation.journeys=es-07,fr} plays only the journeys whose id starts with one of the
 * prefixes (the report says so, and nothing is required of a partial run). {@code
 * -Devaluation.corpus=DIR} plays the journey files of another directory instead (a held-out
 * corpus) and writes its report to {@code target/evaluation-DIR.md}, requiring nothing.
 */
@ExtendWith(RunningSystem.class)
class EvaluationIT {
  static final double REQUIRED_SUCCESS = 95.0;
  static final String COMMAND =
      "mvn -B verify -DskipServerITs -Dit.test=EvaluationIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false";
  private static final Logger LOG = Logger.getLogger(EvaluationIT.class.getName());

  @Test
  void everyLanguageReachesTheRequiredJourneySuccess(TestSystem system) {
    assumeTrue("MICRO".equals(System.getProperty("concierge.it.runtime", "MICRO")),
        "the evaluation runs on Payara Micro only");
    String otherCorpus = System.getProperty("evaluation.corpus", "");
    List<Journey> corpus;
    Path reportFile;
    if (otherCorpus.isBlank()) {
      corpus = JourneyFile.loadAll();
      assertThat(JourneyCorpusTest.problems(corpus)).as("the corpus").isEmpty();
      reportFile = Path.of("..", "docs", "evaluation.md");
    } else {
      Path directory = Path.of(otherCorpus).toAbsolutePath();
      corpus = JourneyFile.loadAll(directory);
      reportFile = Path.of("target", "evaluation-" + directory.getFileName() + ".md");
    }
    List<String> only = Arrays.stream(System.getProperty("evaluation.journeys", "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<Journey> journeys = only.isEmpty() ? corpus
        : corpus.stream().filter(j -> only.stream().anyMatch(p -> j.id().startsWith(p))).toList();

    RelativeDates dates = RelativeDates.hotelToday();
    EvaluationReport report = new EvaluationReport();
    long started = System.nanoTime();
    for (Journey journey : journeys) {
      // A new staff token each time: the run outlasts one token's 15 minutes.
      ApiClient staff = system.api().signedInAs(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);
      JourneyRunner runner = new JourneyRunner(system.api(), staff, dates);
      JourneyRunner.Played played = runner.play(journey);
      Expectations.Verdict verdict;
      try {
        verdict = Expectations.check(played, staff, dates);
      } finally {
        runner.cleanUp(played);
      }
      report.add(played, verdict);
      LOG.info(journey.id() + (verdict.passed() ? " passed" : " failed: " + verdict.failures()));
    }

    String ranAt = ZonedDateTime.now(RelativeDates.HOTEL_ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))
        + " (hotel date " + dates.today() + "), " + (System.nanoTime() - started) / 1_000_000_000 + " s";
    String scope = only.isEmpty() ? "" : "only journeys " + String.join(", ", only) + ": a partial run";
    String command = COMMAND
        + (otherCorpus.isBlank() ? "" : " -Devaluation.corpus=" + otherCorpus)
        + (only.isEmpty() ? "" : " -Devaluation.journeys=" + String.join(",", only));
    report.write(reportFile.toAbsolutePath().normalize(), ranAt, command, scope);

    assumeTrue(only.isEmpty() && otherCorpus.isBlank(), "a partial or other corpus is reported, not judged");
    List<String> below = new ArrayList<>();
    for (Figures figures : report.byLanguage()) {
      if (figures.success() < REQUIRED_SUCCESS) {
        below.add(figures.name() + " " + EvaluationReport.percent(figures.success()));
      }
    }
    assertThat(below).as("languages below %s %% journey success (see docs/evaluation.md)", REQUIRED_SUCCESS)
        .isEmpty();
  }
}
