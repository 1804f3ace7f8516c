package org.omotenashi.concierge.agent.understanding;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What guests call a kind of room in their own words, mapped to the English words a property's own
 * room type names and bed descriptions use ("lits jumeaux" and "Zweibettzimmer" are a twin room,
 * which is a room type whose name or beds say "twin" or "two single"). Entries are folded (lower
 * case, no accents); Japanese entries are matched anywhere in the text.
 *
 * <p>A concept is {@code strong} when its words only ever describe a room ("twin", "suite"); in
 * a weak one ("japanese", "double", "garden", "standard") a single word counts only next to a word
 * for room or bed, because "Japanese breakfast", "double check" and "the garden" are not rooms, unless
 * it is marked with {@code !} as a word that describes rooms alone ("tatami", "Doppelzimmer").
 * Phrases of several words always count.
 */
enum RoomTypeConcepts {
  TWIN(
      true,
      List.of("twin", "two single"),
      List.of(
          "twin", "twin room", "two beds", "2 beds", "separate beds", "two single beds",
          "dos camas", "2 camas", "camas separadas", "habitacion twin", "lits jumeaux",
          "deux lits", "2 lits", "chambre twin", "lits separes", "zweibettzimmer", "zwei betten",
          "2 betten", "getrennte betten", "duas camas", "2 camas", "quarto twin",
          "camas de solteiro", "two single beds", "2 single beds", "camas individuales",
          "dos camas individuales", "deux lits simples", "einzelbetten", "zwei einzelbetten",
          "2 einzelbetten", "ツイン", "ベッドが2台", "ベッド2台", "ベッドが二台", "ベッド二台",
          "シングル2台", "シングルベッド2台")),
  DOUBLE(
      false,
      List.of("king", "double", "queen"),
      List.of(
          "double", "king", "queen", "king size", "king-size", "kingsize", "kingsize-bett",
          "kingsizebett", "one big bed", "one bed", "big bed", "large bed", "doble",
          "habitacion doble", "cama de matrimonio", "cama matrimonial", "cama grande",
          "chambre double", "grand lit", "lit double", "!doppelzimmer", "!doppelbett",
          "grosses bett", "quarto duplo", "cama de casal", "quarto de casal", "ダブル", "キング")),
  JAPANESE(
      false,
      List.of("tatami", "japanese"),
      List.of(
          "!tatami", "japanese style", "japanese-style", "japanese", "ryokan style", "futon",
          "futons", "habitacion japonesa", "estilo japones", "japonesa", "chambre japonaise",
          "japonaise", "style japonais", "japanisches zimmer", "japanisch", "japanischen",
          "quarto japones", "estilo japones", "japones", "和室", "畳", "たたみ", "タタミ")),
  SUITE(true, List.of("suite"), List.of("suite", "suites", "suit", "suíte", "suiten", "スイート")),
  GARDEN(false, List.of("garden"), List.of("garden", "jardin", "jardín", "garten", "ガーデン", "庭")),
  STANDARD(
      false,
      List.of("standard"),
      List.of("standard", "estandar", "basic", "cheapest", "スタンダード")),
  DELUXE(true, List.of("deluxe"), List.of("deluxe", "delux", "de lujo", "luxe", "luxo", "デラックス"));

  /** The English words a room type's name or beds contain when it is this kind of room. */
  final List<String> anchors;

  /** What guests write, folded. */
  final List<String> phrases;

  /** The phrases that count anywhere in a message. */
  final Set<String> strongPhrases;

  RoomTypeConcepts(boolean strong, List<String> anchors, List<String> phrases) {
    this.anchors = anchors;
    this.phrases =
        phrases.stream().map(p -> TextFolding.key(p.replace("!", ""))).distinct().toList();
    this.strongPhrases =
        phrases.stream()
            .filter(p -> strong || p.startsWith("!") || p.strip().contains(" "))
            .map(p -> TextFolding.key(p.replace("!", "")))
            .collect(Collectors.toSet());
  }

  /** Words for room or bed, near which a weak concept counts. */
  static final List<String> ROOM_WORDS =
      List.of(
          "room", "rooms", "bed", "beds", "habitacion", "habitaciones", "cuarto", "cama", "camas",
          "chambre", "chambres", "lit", "lits", "zimmer", "bett", "betten", "quarto", "quartos",
          "style", "estilo", "type", "tipo", "suite", "suites", "部屋", "ルーム", "ベッド", "室");
}
