package org.omotenashi.concierge.agent.dialogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long the concierge takes for one guest message without the database: reading it (language,
 * intent, slots) and deciding (dialogue and tools over {@link InMemoryHotelTools}), over whole
 * conversations in the six languages. Run it with the command in docs/benchmarks/agent-turn.md; it
 * prints the figures and writes them to the file given as the first argument.
 */
public final class AgentTurnBenchmark {
  private static final int WARM_UP_ROUNDS = 200;
  private static final int MEASURED_ROUNDS = 500;

  /** Conversations a guest might have, one per language; each round plays all of them. */
  private static final List<List<String>> CONVERSATIONS =
      List.of(
          List.of(
              "Hi, do you have a tatami room from March 3 to 5 for 2 adults?",
              "yes please",
              "Ana López",
              "ana@example.com",
              "Yes",
              "What's the wifi password?",
              "thanks, bye!"),
          List.of(
              "こんにちは",
              "1月15日から3泊、大人2名で空いていますか",
              "ツインでお願いします",
              "田中太郎",
              "tanaka@example.jp",
              "はい",
              "朝食は何時からですか"),
          List.of(
              "Hola, quiero reservar una habitación",
              "del 15 al 18 de enero",
              "somos 2 adultos",
              "la suite por favor",
              "Lucía Fernández",
              "lucia@example.com",
              "sí"),
          List.of(
              "Bonjour, avez-vous une chambre du 3 au 5 mars pour deux personnes ?",
              "la chambre twin",
              "Claire Dubois",
              "claire@example.fr",
              "oui",
              "Il manque des serviettes dans la chambre 305"),
          List.of(
              "Olá, queria reservar 2 noites a partir de 10 de fevereiro",
              "2 adultos",
              "o quarto deluxe",
              "João Silva",
              "joao@example.com",
              "sim",
              "Tem estacionamento?"),
          List.of(
              "Guten Tag, haben Sie vom 3. bis 5. März ein Doppelzimmer für 2 Personen?",
              "ja gerne",
              "Hans Müller",
              "hans@example.de",
              "ja",
              "Die Klimaanlage in Zimmer 402 ist kaputt"));

  private AgentTurnBenchmark() {}

  public static void main(String[] args) throws IOException {
    AgentFixture.reader();
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      playAll(null);
    }
    List<Long> nanos = new ArrayList<>();
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      playAll(nanos);
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    String figures =
        "| turns measured | median | p90 | p99 | max |\n|---|---|---|---|---|\n"
            + "| %d | %.3f ms | %.3f ms | %.3f ms | %.3f ms |\n"
                .formatted(
                    sorted.length,
                    millis(sorted, 0.50),
                    millis(sorted, 0.90),
                    millis(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
    System.out.println(figures);
    if (args.length > 0) {
      Path results = Path.of(args[0]);
      String page = Files.readString(results);
      String marker = "<!-- results -->";
      int at = page.indexOf(marker);
      String measuredOn =
          "Measured on "
              + LocalDate.now()
              + ", "
              + Runtime.getRuntime().availableProcessors()
              + " cores, Java "
              + System.getProperty("java.version")
              + ":\n\n";
      Files.writeString(
          results, page.substring(0, at + marker.length()) + "\n" + measuredOn + figures);
    }
  }

  private static void playAll(List<Long> nanos) {
    String[] languages = {"en", "ja", "es", "fr", "pt", "de"};
    for (int i = 0; i < CONVERSATIONS.size(); i++) {
      AgentFixture guest = new AgentFixture(languages[i]);
      for (String message : CONVERSATIONS.get(i)) {
        long started = System.nanoTime();
        guest.say(message);
        if (nanos != null) {
          nanos.add(System.nanoTime() - started);
        }
      }
    }
  }

  private static double millis(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
  }
}
