package org.omotenashi.concierge.agent.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Says which {@link Intent} a guest's message has, and how sure it is. One maximum-entropy model
 * per language is trained at start-up from the corpus in {@code agent/intents/<language>.txt}
 * (a line {@code ## INTENT} heads the example messages that follow it, one a line), on {@link
 * IntentFeatures}: words and character n-grams of the folded text, so that typos, missing accents
 * and other numbers still match. Training is deterministic (fixed iterations, no sampling): the
 * same corpus gives the same model.
 *
 * <p>{@link IntentRules} decide first where a few words are surer than the model (asking for a
 * person, cancelling a booking, a bare greeting or thanks, late check-out, early check-in, an angry
 * guest). The model's probability is then discounted by how much of the message it has ever seen:
 * gibberish and text in a script the corpus lacks share few n-grams with it, so they come back as
 * {@link Intent#OUT_OF_SCOPE} or with low confidence, and the agent asks again instead of guessing.
 * Off-topic questions ("write me a poem") are a class of the corpus of their own.
 *
 * <p>Train once with {@link #trained()} and share the instance: {@link #classify} keeps no state.
 */
public final class IntentClassifier {
  private static final String CORPUS = "agent/intents/";
  private static final int ITERATIONS = 20;

  /**
   * The model's probabilities are raised to this power and normalized again: a few dozen GIS
   * iterations leave them flatter than the model's accuracy deserves, and the agent reads
   * confidence below 0.5 as "ask again".
   */
  private static final double SHARPNESS = 2;

  /** Below this share of known n-grams a message is taken as not understood. */
  private static final double GIBBERISH_COVERAGE = 0.35;

  /** From this share of known n-grams on, the model's probability is taken as it is. */
  private static final double FULL_COVERAGE = 0.75;

  /** The confidence of "not understood": low, so that the agent asks again. */
  private static final double NOT_UNDERSTOOD = 0.2;

  private final Map<GuestLanguage, LanguageModel> models;

  private IntentClassifier(Map<GuestLanguage, LanguageModel> models) {
    this.models = models;
  }

  /** Trains one model per language from the corpus on the class path. */
  public static IntentClassifier trained() {
    // Each language's model is independent of the others, so they train in parallel; each one
    // alone is deterministic.
    Map<GuestLanguage, LanguageModel> models = new EnumMap<>(GuestLanguage.class);
    models.putAll(
        Arrays.stream(GuestLanguage.values())
            .parallel()
            .collect(
                Collectors.toMap(
                    Function.identity(),
                    language -> LanguageModel.train(readCorpus(language)))));
    return new IntentClassifier(models);
  }

  /**
   * The most likely intent of the message, written in {@code language} ("en", "ja", "es", "fr",
   * "pt", "de"; any other code is read as English), with a confidence from 0 to 1.
   */
  public IntentGuess classify(String text, String language) {
    String normalized = IntentFeatures.normalize(text == null ? "" : text);
    if (normalized.isEmpty()) {
      return new IntentGuess(Intent.OUT_OF_SCOPE, NOT_UNDERSTOOD);
    }
    Optional<Intent> ruled = IntentRules.decide(normalized);
    if (ruled.isPresent()) {
      return new IntentGuess(ruled.get(), IntentRules.RULE_CONFIDENCE);
    }
    LanguageModel model =
        models.get(GuestLanguage.of(language == null ? "en" : language).orElse(GuestLanguage.EN));
    return model.guess(IntentFeatures.fromNormalized(normalized));
  }

  private static List<DocumentSample> readCorpus(GuestLanguage language) {
    String name = CORPUS + language.locale.getLanguage() + ".txt";
    InputStream in = IntentClassifier.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The intent corpus " + name + " is not on the class path");
    }
    List<DocumentSample> samples = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Intent intent = null;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("## ")) {
          intent = Intent.valueOf(line.substring(3).strip());
        } else if (!line.isBlank() && !line.startsWith("#")) {
          if (intent == null) {
            throw new IllegalStateException(name + ": a message before the first ## INTENT");
          }
          samples.add(new DocumentSample(intent.name(), IntentFeatures.of(line.strip())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return samples;
  }

  /** One language's model and the character n-grams its corpus holds. */
  private record LanguageModel(MaxentModel maxent, Set<String> knownGrams, Intent[] outcomes) {
    static LanguageModel train(List<DocumentSample> samples) {
      TrainingParameters parameters = new TrainingParameters();
      parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
      parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
      parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
      parameters.put(TrainingParameters.THREADS_PARAM, 1);
      parameters.put("DataIndexer", "OnePass");
      parameters.put("PrintMessages", false);
      DoccatModel model;
      try {
        model =
            DocumentCategorizerME.train(
                "x", new CollectionObjectStream<>(samples), parameters, new DoccatFactory());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Set<String> grams = new HashSet<>();
      for (DocumentSample sample : samples) {
        for (String feature : sample.getText()) {
          if (isGram(feature)) {
            grams.add(feature);
          }
        }
      }
      MaxentModel maxent = model.getMaxentModel();
      Intent[] outcomes = new Intent[maxent.getNumOutcomes()];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = Intent.valueOf(maxent.getOutcome(i));
      }
      return new LanguageModel(maxent, Set.copyOf(grams), outcomes);
    }

    IntentGuess guess(String[] features) {
      String[] context = new String[features.length];
      int grams = 0;
      int known = 0;
      for (int i = 0; i < features.length; i++) {
        context[i] = "bow=" + features[i];
        if (isGram(features[i])) {
          grams++;
          if (knownGrams.contains(features[i])) {
            known++;
          }
        }
      }
      double coverage = grams == 0 ? 0 : (double) known / grams;
      if (coverage < GIBBERISH_COVERAGE) {
        return new IntentGuess(Intent.OUT_OF_SCOPE, NOT_UNDERSTOOD);
      }
      double[] probabilities = maxent.eval(context);
      int best = 0;
      double sum = 0;
      for (int i = 0; i < probabilities.length; i++) {
        probabilities[i] = Math.pow(probabilities[i], SHARPNESS);
        sum += probabilities[i];
        if (probabilities[i] > probabilities[best]) {
          best = i;
        }
      }
      double trust =
          Math.min(1, (coverage - GIBBERISH_COVERAGE) / (FULL_COVERAGE - GIBBERISH_COVERAGE));
      return new IntentGuess(outcomes[best], probabilities[best] / sum * trust);
    }

    /** Character n-grams, as opposed to whole words. */
    private static boolean isGram(String feature) {
      return !feature.startsWith("w=");
    }
  }
}
