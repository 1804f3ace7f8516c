package org.omotenashi.concierge.agent.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which of a property's room types a guest's message asks for, by the room type's own name
 * and by what guests call such a room in any of the six languages ({@link RoomTypeConcepts}).
 * Construct it once per property: the constructor reads the names; {@link #find} keeps no state.
 *
 * <p>Recognised: the words of a room type's name, with one typing error in words of five letters
 * or more and "suit" for "suite" ("deluxe", "delux", "tatami", "tatamy", "garden suite"), and
 * concepts matched against the English name and beds of each room type: "two beds", "lits
 * jumeaux", "Zweibettzimmer", "duas camas", "ツイン" find the room whose name or beds say twin or
 * two single beds; "double room", "cama de matrimonio", "grand lit", "Doppelzimmer", "cama de
 * casal", "キング" the one with a king or double bed; "japanese style", "habitación japonesa",
 * "和室", "畳" the tatami room; "suite", "suíte", "スイート" the suite; "garden", "jardín", "Garten"
 * the one named garden; "standard", "de lujo", "デラックス" likewise.
 *
 * <p>How a room type wins: each name word the message covers scores two, each concept found only in
 * its beds one (so "king bed" prefers "Deluxe King" over the suite with "one king bed and a sofa
 * bed"). Words that
 * are everyday words too ("garden", "japanese", "double", "standard", and any name word not known
 * to describe rooms) count only within three words of a word for room, bed or style, or of a word
 * that only describes rooms ("twin or double?"): "Japanese breakfast", "is the garden open?" and
 * "double check" ask for no room.
 *
 * <p>A room type the guest rules out is set aside: from a negation ("not", "doesn't need to be",
 * "no hace falta", "pas besoin de", "keine", "não precisa ser", "sem"...) to the end of its
 * clause ("nothing fancy, doesn't need to be the suite" asks for no suite; "not the twin but the
 * double" for the double), and in Japanese the words before "じゃなくて", "ではなく", "は要らない".
 *
 * <p>Deliberately not recognised: negations after the room ("die Suite brauchen wir nicht"),
 * comparisons and prices ("the cheapest room" finds nothing, "the room for 32000 yen" either),
 * capacity ("a room for 4"), and two room types asked for at once or equally well: a tie returns
 * empty.
 */
public final class RoomTypeMatcher {

  /** One room type of the property: its code, its English name and beds, and its capacity. */
  public record RoomTypeNames(String code, String name, String beds, int maxGuests) {
    public RoomTypeNames {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      beds = beds == null ? "" : beds;
    }
  }

  private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{N}']+");

  /**
   * From a negation to the end of its clause, matched on folded text. Portuguese has no "no" here:
   * there it is "in the" ("no quarto de casal").
   */
  private static final Pattern RULED_OUT = ruledOut("no|");

  private static final Pattern RULED_OUT_PORTUGUESE = ruledOut("");

  private static final Pattern JAPANESE_RULED_OUT =
      Pattern.compile(
          "[\\p{IsKatakana}\\p{IsHan}ー]+(?:の部屋|ルーム)?"
              + "(?:じゃなくて|じゃなく|ではなくて|ではなく|は要らない|はいらない|は不要)");
  private static final Set<String> NOT_NAME_WORDS =
      Set.of("room", "rooms", "the", "and", "with", "a", "an", "of", "one", "two", "bed", "beds");
  private static final Set<String> ROOM_WORDS =
      Set.copyOf(RoomTypeConcepts.ROOM_WORDS.stream().map(TextFolding::key).toList());
  private static final Set<String> DESCRIBING_ROOMS = describingRooms();

  private final List<Candidate> candidates;

  public RoomTypeMatcher(List<RoomTypeNames> roomTypes) {
    candidates = roomTypes.stream().map(Candidate::new).toList();
  }

  /**
   * The code of the room type the message asks for, or empty when it names none or several
   * equally.
   *
   * @param language the conversation's language (en, ja, es, fr, pt or de); words in the other
   *     languages are read too
   * @throws IllegalArgumentException when the language is not one of the six
   */
  public Optional<String> find(String text, String language) {
    Objects.requireNonNull(text, "text");
    ConversationLanguage.parse(language);
    String folded = withoutRuledOut(TextFolding.key(text), language);
    List<String> words = new ArrayList<>();
    Matcher m = LATIN_WORD.matcher(folded);
    while (m.find()) {
      words.add(m.group());
    }
    String spaced = " " + String.join(" ", words) + " ";
    List<RoomTypeConcepts> concepts = concepts(folded, spaced, words);
    String best = null;
    int bestScore = 0;
    boolean tie = false;
    for (Candidate candidate : candidates) {
      int score = candidate.score(words, concepts);
      if (score > bestScore) {
        best = candidate.names.code();
        bestScore = score;
        tie = false;
      } else if (score == bestScore && score > 0) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  private static Pattern ruledOut(String no) {
    return Pattern.compile(
        "(?<![\\p{L}'])(?:"
            + no
            + "not|don't|doesn't|dont|doesnt|without|rather than|instead of|sin|ni|nada de|pas"
            + "|sans|plutot que|kein|keine|keinen|nicht|ohne|statt|nao|sem|nem)(?![\\p{L}'])"
            + "[^,.;:!?]*?(?=[,.;:!?]|\\b(?:but|pero|sino|mais|aber|sondern|mas)\\b|$)");
  }

  private static String withoutRuledOut(String folded, String language) {
    Pattern ruledOut = language.startsWith("pt") ? RULED_OUT_PORTUGUESE : RULED_OUT;
    String latin = ruledOut.matcher(folded.replace('’', '\'')).replaceAll(" ");
    return JAPANESE_RULED_OUT.matcher(latin).replaceAll(" ");
  }

  private static List<RoomTypeConcepts> concepts(String folded, String spaced, List<String> words) {
    List<RoomTypeConcepts> found = new ArrayList<>();
    for (RoomTypeConcepts concept : RoomTypeConcepts.values()) {
      for (String phrase : concept.phrases) {
        boolean japanese = !LATIN_WORD.matcher(phrase.substring(0, 1)).matches();
        int at = japanese ? folded.indexOf(phrase) : spaced.indexOf(" " + phrase + " ");
        if (at < 0) {
          continue;
        }
        if (japanese || concept.strongPhrases.contains(phrase) || nearRoomWord(spaced, at, words)) {
          found.add(concept);
          break;
        }
      }
    }
    return found;
  }

  /** Whether a word for room or bed stands within three words of the position in the text. */
  private static boolean nearRoomWord(String spaced, int at, List<String> words) {
    int index = spaced.substring(0, at + 1).split(" ", -1).length - 2;
    for (int i = Math.max(0, index - 3); i < Math.min(words.size(), index + 4); i++) {
      if (i != index && isRoomWord(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoomWord(String word) {
    return ROOM_WORDS.contains(word) || DESCRIBING_ROOMS.contains(word);
  }

  private static Set<String> describingRooms() {
    Set<String> words = new HashSet<>();
    for (RoomTypeConcepts concept : RoomTypeConcepts.values()) {
      words.addAll(concept.strongPhrases);
    }
    return words;
  }

  /** A room type with its name and bed words in the shape the text is matched in. */
  private static final class Candidate {
    final RoomTypeNames names;
    final List<String> nameWords;
    final List<String> bedWords;
    final String name;
    final String beds;

    Candidate(RoomTypeNames names) {
      this.names = names;
      this.name = " " + TextFolding.key(names.name()) + " ";
      this.beds = " " + TextFolding.key(names.beds()) + " ";
      this.nameWords = significant(name);
      this.bedWords = significant(beds);
    }

    private static List<String> significant(String text) {
      return List.of(text.strip().split("[^\\p{L}\\p{N}]+")).stream()
          .filter(w -> !w.isEmpty() && !NOT_NAME_WORDS.contains(w))
          .toList();
    }

    int score(List<String> words, List<RoomTypeConcepts> concepts) {
      Set<String> coveredName = new HashSet<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        for (String nameWord : nameWords) {
          if (sameWord(word, nameWord)
              && (DESCRIBING_ROOMS.contains(nameWord) || near(words, i))) {
            coveredName.add(nameWord);
          }
        }
      }
      Set<RoomTypeConcepts> inBeds = new HashSet<>();
      for (RoomTypeConcepts concept : concepts) {
        List<String> inName =
            concept.anchors.stream().filter(anchor -> name.contains(" " + anchor)).toList();
        if (!inName.isEmpty()) {
          for (String anchor : inName) {
            nameWords.stream().filter(anchor::startsWith).forEach(coveredName::add);
          }
        } else if (concept.anchors.stream().anyMatch(anchor -> beds.contains(" " + anchor))) {
          inBeds.add(concept);
        }
      }
      return 2 * coveredName.size() + inBeds.size();
    }

    private static boolean near(List<String> words, int index) {
      for (int i = Math.max(0, index - 3); i < Math.min(words.size(), index + 4); i++) {
        if (i != index && isRoomWord(words.get(i))) {
          return true;
        }
      }
      return false;
    }

    private static boolean sameWord(String word, String nameWord) {
      if (word.equals(nameWord)) {
        return true;
      }
      if (nameWord.length() >= 5 && word.length() >= 4) {
        return EditDistance.atMostOne(word, nameWord);
      }
      return false;
    }
  }
}
