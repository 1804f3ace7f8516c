package org.omotenashi.concierge.agent.understanding;

import java.util.regex.Pattern;

/**
 * What a guest wants of a room besides its type: the cheapest one ("whatever is cheapest", "la más
 * barata", "la moins chère", "das günstigste", "o mais barato", "一番安い"), or one a wheelchair
 * user can use ("accessible", "silla de ruedas", "fauteuil roulant", "Rollstuhl", "cadeira de
 * rodas", "車椅子", "バリアフリー"). Read in all six languages whatever the conversation's.
 */
public final class RoomPreferences {
  private static final Pattern CHEAPEST =
      Pattern.compile(
          "(?iu)cheapest|least expensive|lowest price|budget|mas barat[oa]|lo mas economico"
              + "|la mas economica|moins cher|moins chere|le moins couteux|gunstigste|billigste"
              + "|preiswerteste|mais barat[oa]|mais economic[oa]|一番安い|いちばん安い|最安|安い部屋");
  private static final Pattern ACCESSIBLE =
      Pattern.compile(
          "(?iu)wheel ?chair|accessible|step-free|disabilit|silla de ruedas|adaptad[ao]|accesible"
              + "|fauteuil roulant|pmr|handicap|rollstuhl|barrierefrei|behindertengerecht"
              + "|cadeira de rodas|acessivel|車椅子|車いす|バリアフリー");

  private static final Pattern ROOM =
      Pattern.compile("(?iu)\\brooms?\\b|\\bhabitaci|\\bchambres?\\b|\\bzimmer|\\bquartos?\\b|部屋|お部屋");
  private static final Pattern FREE =
      Pattern.compile(
          "(?iu)\\bavailab|\\bfree\\b|\\bvacanc|\\blibres?\\b|\\bdisponib|\\bdisponiv|\\bdispo\\b|\\bfrei\\b"
              + "|\\bverfugbar|\\blivres?\\b|空いて|空き|空室");

  private RoomPreferences() {}

  /**
   * Whether the message asks if a room is free ("any rooms available?", "¿tienen habitaciones
   * libres?", "部屋は空いていますか"), whatever else it says: then it is about availability, even when
   * it opens with a greeting.
   */
  public static boolean asksForAFreeRoom(String text) {
    String folded = TextFolding.fold(text);
    return folded.contains("空室") || ROOM.matcher(folded).find() && FREE.matcher(folded).find();
  }

  public static boolean wantsCheapest(String text) {
    return CHEAPEST.matcher(TextFolding.fold(text)).find();
  }

  public static boolean needsAccessibleRoom(String text) {
    return ACCESSIBLE.matcher(TextFolding.fold(text)).find();
  }
}
