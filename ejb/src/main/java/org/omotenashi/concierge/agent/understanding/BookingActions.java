package org.omotenashi.concierge.agent.understanding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The verb of a message about a booking already in the conversation: "cancel it", "cancélela",
 * "annulez-la", "stornieren Sie sie", "pode cancelar", "キャンセルして" ask to cancel; "change",
 * "cambiar", "modifier", "ändern", "alterar", "変更" ask to change. Only meaningful where the
 * booking is known already: on its own, "cancel" could be a taxi.
 */
public final class BookingActions {
  private static final Pattern CANCEL =
      Pattern.compile(
          "(?iu)\\bcancel|\\banul[ae]|\\bannul|\\bstorn|\\bcancel[aeo]|キャンセル|取り消");
  private static final Pattern CHANGE =
      Pattern.compile(
          "(?iu)\\bchange|\\bmodif|\\bmove\\b|\\bcambi|\\bandern\\b|\\banderung|\\bumbuch"
              + "|\\balter(ar|e|o)\\b|\\bmud(ar|e|a)\\b|変更|ずら");

  private static final Pattern BOOK =
      Pattern.compile("(?iu)\\bbook|\\breserv|\\bbuch|予約(し|を|お願い|で|す)|押さえ");

  private BookingActions() {}

  /** "Book it", "resérvela", "je réserve", "bitte buchen", "pode reservar", "予約します". */
  public static boolean asksToBook(String text) {
    return BOOK.matcher(TextFolding.fold(text)).find() && !CANCEL.matcher(TextFolding.fold(text)).find();
  }

  /** {@link Intent#CANCEL_BOOKING}, {@link Intent#MODIFY_BOOKING}, or empty. */
  public static Optional<Intent> find(String text) {
    String folded = TextFolding.fold(text);
    if (CANCEL.matcher(folded).find()) {
      return Optional.of(Intent.CANCEL_BOOKING);
    }
    if (CHANGE.matcher(folded).find()) {
      return Optional.of(Intent.MODIFY_BOOKING);
    }
    return Optional.empty();
  }
}
