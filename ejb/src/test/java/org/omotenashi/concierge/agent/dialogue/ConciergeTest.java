package org.omotenashi.concierge.agent.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omotenashi.concierge.agent.dialogue.AgentFixture.keys;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.template.TemplateKeys;

class ConciergeTest {

  @Test
  void booksARoomAfterOfferingItWithItsPriceAndAskingForConfirmation() {
    AgentFixture guest = new AgentFixture("en");

    TurnOutcome offer = guest.say("Hi, do you have a tatami room from March 3 to 5 for 2 adults?");
    assertThat(offer.intent()).isEqualTo(Intent.AVAILABILITY);
    assertThat(keys(offer)).containsExactly(TemplateKeys.AVAILABILITY_FOUND);
    assertThat(offer.replies().get(0).variables())
        .containsEntry("roomName", "Japanese Tatami Room");
    assertThat(offer.tools()).extracting(ToolCall::name).containsExactly("check_availability");

    assertThat(keys(guest.say("yes please"))).containsExactly(TemplateKeys.BOOKING_ASK_NAME);
    assertThat(keys(guest.say("Ana López"))).containsExactly(TemplateKeys.BOOKING_ASK_EMAIL);
    assertThat(keys(guest.say("ana@example.com")))
        .containsExactly(TemplateKeys.BOOKING_CONFIRM_ASK);
    assertThat(guest.tools.bookings).isEmpty();

    TurnOutcome booked = guest.say("Yes");
    assertThat(keys(booked)).containsExactly(TemplateKeys.BOOKING_CONFIRMED);
    PmsBooking booking = guest.tools.bookings.values().iterator().next();
    assertThat(booking.roomType()).isEqualTo("JPN-TATAMI");
    assertThat(booking.stay())
        .isEqualTo(new StayPeriod(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 5)));
    assertThat(booking.guest()).isEqualTo(new GuestContact("Ana López", "ana@example.com", null));
    assertThat(booking.conversationId()).isEqualTo("c-test");
  }

  @Test
  void oneMoreNightWhileChoosingLengthensTheStayAtItsEnd() {
    AgentFixture guest = new AgentFixture("fr");
    guest.say("Nous sommes 3 adultes, chambre japonaise du 22/09 au 25/09, c'est possible ?");

    guest.say("Ah en fait on reste une nuit de plus, donc jusqu'au 26");

    assertThat(guest.state.checkIn).isEqualTo(LocalDate.of(2027, 9, 22));
    assertThat(guest.state.checkOut).isEqualTo(LocalDate.of(2027, 9, 26));
  }

  @Test
  void aChangeWithAnArrivalDateAndADepartureDayMovesBoth() {
    AgentFixture guest = new AgentFixture("es");
    PmsBooking existing = existingBooking(guest, "c-other");
    guest.say(
        "necesito mover mi reserva "
            + existing.reference().value()
            + ": llegaríamos el 11 de febrero y nos vamos el 14");
    guest.say("lucia@example.com");

    guest.say("sí porfa, cámbiela");

    assertThat(guest.tools.bookings.get(existing.reference().value()).stay())
        .isEqualTo(new StayPeriod(LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 14)));
  }

  @Test
  void thePriceOfBreakfastForAChildIsAQuestionNotAStay() {
    TurnOutcome answer =
        new AgentFixture("fr")
            .say("le petit-déj c'est combien pour un enfant de 9 ans ? et pour nous les adultes ?");

    assertThat(answer.intent()).isEqualTo(Intent.HOTEL_INFO);
    assertThat(keys(answer)).containsExactly(TemplateKeys.FAQ_ANSWER);
  }

  @Test
  void aTransferAskedForComesWithItsPrice() {
    TurnOutcome request =
        new AgentFixture("fr")
            .say("Vous pouvez nous réserver la voiture privée pour l'aéroport du Kansai ? Chambre 301");

    assertThat(keys(request))
        .containsExactly(TemplateKeys.REQUEST_CREATED, TemplateKeys.FAQ_ANSWER);
    assertThat(request.replies().get(1).variables().get("answer").toString()).contains("28000");
  }

  @Test
  void aRequestForTomorrowAtATimeIsDueTomorrow() {
    AgentFixture guest = new AgentFixture("en");

    guest.say("can I book a massage for tomorrow at 4pm? I'm in 402");

    assertThat(guest.tools.tasks)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.department()).isEqualTo("SPA");
              assertThat(task.dueAt()).isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
            });
  }

  @Test
  void aNewArrivalDayWithoutDepartureWhileChoosingIsTakenNotAFault() {
    AgentFixture guest = new AgentFixture("pt");
    guest.say("A suíte com jardim está disponível de 5 a 8 de novembro? 2 adultos e 1 criança");

    // Read as an arrival day with neither departure nor nights: once a NullPointerException.
    guest.say("ah, na verdade a gente só chega dia 6");

    assertThat(guest.state.checkIn).isEqualTo(LocalDate.of(2027, 11, 6));
  }

  @Test
  void twoBareDaysWhileChoosingAreTheNewDatesInTheStaysMonth() {
    AgentFixture guest = new AgentFixture("pt");
    guest.say("A suíte com jardim está disponível de 5 a 8 de novembro? 2 adultos e 1 criança");

    guest.say("ah, na verdade a gente só chega dia 6. Pode ser de 6 a 8?");

    assertThat(guest.state.checkIn).isEqualTo(LocalDate.of(2027, 11, 6));
    assertThat(guest.state.checkOut).isEqualTo(LocalDate.of(2027, 11, 8));
  }

  @Test
  void afterAFailureStaffTakeOverAndTheGuestIsTold() {
    AgentFixture guest = new AgentFixture("en");
    guest.say("I'd like to book a room for March 3");

    TurnOutcome outcome =
        new Concierge()
            .handOffAfterFailure(
                AgentFixture.reader().read("hello?", "en", AgentFixture.TODAY),
                guest.state,
                new TurnContext("c-test", null, AgentFixture.TODAY, Instant.EPOCH),
                AgentFixture.reader().hotel(),
                guest.tools);

    assertThat(outcome.handoffReason()).isPresent();
    assertThat(keys(outcome)).containsExactly(TemplateKeys.HANDOFF_ACCEPTED);
    assertThat(guest.state.goal).isEqualTo(DialogueState.Goal.NONE);
  }

  @Test
  void aTableForTomorrowFromARoomIsARequestNotAStay() {
    AgentFixture guest = new AgentFixture("de");

    TurnOutcome outcome =
        guest.say("Zimmer 407. Wir würden gern morgen um 19:30 im Hotelrestaurant essen, 2 Personen");

    assertThat(outcome.intent()).isEqualTo(Intent.SERVICE_REQUEST);
    assertThat(guest.tools.tasks)
        .singleElement()
        .satisfies(task -> assertThat(task.room()).isEqualTo("407"));
  }

  @Test
  void aGreetingWithAQuestionIsAnsweredNotOnlyGreeted() {
    TurnOutcome outcome =
        new AgentFixture("fr")
            .say("Bonjour, on veut aller au sanctuaire Fushimi Inari, c'est loin ? on y va comment ?");

    assertThat(outcome.intent()).isEqualTo(Intent.HOTEL_INFO);
    assertThat(keys(outcome)).containsExactly(TemplateKeys.FAQ_ANSWER);
  }

  @Test
  void thanksWithAQuestionIsAnsweredNotOnlyThanked() {
    AgentFixture guest = new AgentFixture("fr");
    guest.say("bonsoir, c'est quoi le mot de passe du wifi ?");

    TurnOutcome outcome = guest.say("merci ! et le nom du réseau c'est lequel ?");

    assertThat(outcome.intent()).isEqualTo(Intent.HOTEL_INFO);
    assertThat(keys(outcome)).containsExactly(TemplateKeys.FAQ_ANSWER);
  }

  @Test
  void aQuestionWithoutATopicRightAfterAnAnswerIsAboutTheSameThing() {
    AgentFixture guest = new AgentFixture("pt");
    guest.say("O hotel tem onsen? A que horas abre de manhã?");

    TurnOutcome followUp = guest.say("E à noite fecha a que horas?");

    assertThat(followUp.intent()).isEqualTo(Intent.HOTEL_INFO);
    assertThat(followUp.tools())
        .singleElement()
        .satisfies(call -> assertThat(call.arguments()).containsEntry("topic", "ONSEN"));
    assertThat(keys(followUp)).containsExactly(TemplateKeys.FAQ_ANSWER);
  }

  @Test
  void aQuestionWithoutATopicOutOfTheBlueIsNotTakenForTheLastOne() {
    AgentFixture guest = new AgentFixture("de");
    guest.say("wie ist das WLAN-Passwort?");
    guest.say("Danke!");

    assertThat(guest.say("und wie heißt das nochmal?").tools())
        .noneMatch(call -> "WIFI".equals(call.arguments().get("topic")));
  }

  @Test
  void asksOneQuestionAtATimeForWhatIsMissing() {
    AgentFixture guest = new AgentFixture("es");

    assertThat(keys(guest.say("Hola, quiero reservar una habitación")))
        .containsExactly(TemplateKeys.AVAILABILITY_ASK_DATES);
    assertThat(keys(guest.say("del 15 al 18 de enero")))
        .containsExactly(TemplateKeys.AVAILABILITY_ASK_GUESTS);
    TurnOutcome options = guest.say("somos 2 adultos");
    assertThat(keys(options)).containsExactly(TemplateKeys.AVAILABILITY_OPTIONS);
    assertThat((List<?>) options.replies().get(0).variables().get("options")).hasSize(4);
    assertThat(keys(guest.say("la suite por favor")))
        .containsExactly(TemplateKeys.BOOKING_ASK_NAME);
    assertThat(guest.state.roomType).isEqualTo("GDN-SUITE");
    assertThat(guest.state.checkIn).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(guest.state.checkOut).isEqualTo(LocalDate.of(2027, 1, 18));
  }

  @Test
  void readsADepartureDayGivenWithoutItsMonth() {
    AgentFixture guest = new AgentFixture("es");

    guest.say("Necesito una twin room para dos adultos, llegamos el 8 de junio y salimos el 11");

    assertThat(guest.state.checkIn).isEqualTo(LocalDate.of(2027, 6, 8));
    assertThat(guest.state.checkOut).isEqualTo(LocalDate.of(2027, 6, 11));
  }

  @Test
  void keepsADayWithoutAMonthNearTheStayBeingBooked() {
    AgentFixture guest = new AgentFixture("en");
    guest.say("I'd like to book a tatami room from April 10 to April 12 for 3 adults.");

    guest.say("Oh wait, actually make it 3 nights, until the 13th");

    assertThat(guest.state.checkIn).isEqualTo(LocalDate.of(2027, 4, 10));
    assertThat(guest.state.checkOut).isEqualTo(LocalDate.of(2027, 4, 13));
  }

  @Test
  void takesTheNameNextToBookIt() {
    AgentFixture guest = new AgentFixture("de");
    guest.say("Haben Sie vom 30.12. bis 2.1. ein Zimmer mit Kingsize-Bett für 2 Personen?");

    assertThat(keys(guest.say("Buchen bitte. Laura Richter")))
        .containsExactly(TemplateKeys.BOOKING_ASK_EMAIL);
    assertThat(guest.state.name).isEqualTo("Laura Richter");
  }

  @Test
  void takesACorrectionAtTheConfirmationAndSummarisesAgain() {
    AgentFixture guest = new AgentFixture("en");
    guest.say("I want to book the deluxe king from March 3 to 5 for 2 adults");
    guest.say("John Smith");
    guest.say("john@example.com");
    assertThat(guest.state.checkOut).isEqualTo(LocalDate.of(2027, 3, 5));

    TurnOutcome corrected = guest.say("no, 3 nights");

    assertThat(keys(corrected)).containsExactly(TemplateKeys.BOOKING_CONFIRM_ASK);
    assertThat(corrected.replies().get(0).variables()).containsEntry("nights", 3);
    assertThat(guest.tools.bookings).isEmpty();
  }

  @Test
  void declinedConfirmationBooksNothing() {
    AgentFixture guest = new AgentFixture("fr");
    guest.say("Je voudrais réserver la chambre tatami du 3 au 5 mars pour 2 adultes");
    guest.say("Claire Dubois");
    guest.say("claire@example.fr");

    assertThat(keys(guest.say("non merci"))).containsExactly(TemplateKeys.BOOKING_UNCHANGED);
    assertThat(guest.tools.bookings).isEmpty();
  }

  @Test
  void showsABookingOnlyToWhoeverGivesTheEmailOnIt() {
    AgentFixture guest = new AgentFixture("en", "c-new");
    PmsBooking existing = existingBooking(guest, "c-other");

    assertThat(keys(guest.say("Can you check my reservation " + existing.reference() + "?")))
        .containsExactly(TemplateKeys.BOOKING_VERIFY_ASK);
    assertThat(keys(guest.say("wrong@example.com")))
        .containsExactly(TemplateKeys.BOOKING_NOT_FOUND);
    assertThat(keys(guest.say(existing.reference().value())))
        .containsExactly(TemplateKeys.BOOKING_VERIFY_ASK);
    TurnOutcome shown = guest.say("lucia@example.com");
    assertThat(keys(shown)).containsExactly(TemplateKeys.BOOKING_DETAILS);
    assertThat(shown.intent()).isEqualTo(Intent.LOOKUP_BOOKING);
  }

  @Test
  void cancelsAfterSayingWhatItCosts() {
    AgentFixture guest = new AgentFixture("es", "c-new");
    PmsBooking existing = existingBooking(guest, "c-other");
    guest.tools.cancellationFee = new BigDecimal("26000");

    guest.say("Quiero cancelar mi reserva " + existing.reference());
    TurnOutcome asked = guest.say("lucia@example.com");
    assertThat(keys(asked)).containsExactly(TemplateKeys.BOOKING_CANCEL_ASK);
    assertThat(asked.replies().get(0).variables()).containsEntry("hasFee", true);

    assertThat(keys(guest.say("sí"))).containsExactly(TemplateKeys.BOOKING_CANCELLED_WITH_FEE);
    assertThat(guest.tools.bookings.get(existing.reference().value()).status())
        .isEqualTo(BookingStatus.CANCELLED);
  }

  @Test
  void changesTheNightsOfABookingAfterConfirmation() {
    AgentFixture guest = new AgentFixture("de", "c-new");
    PmsBooking existing = existingBooking(guest, "c-other");

    guest.say("Ich möchte meine Buchung " + existing.reference() + " ändern");
    guest.say("lucia@example.com");
    TurnOutcome proposal = guest.say("4 Nächte bitte");
    assertThat(keys(proposal)).containsExactly(TemplateKeys.BOOKING_MODIFY_ASK);

    assertThat(keys(guest.say("ja"))).containsExactly(TemplateKeys.BOOKING_MODIFIED);
    assertThat(guest.tools.bookings.get(existing.reference().value()).stay().nights()).isEqualTo(4);
  }

  @Test
  void addsNightsToABookingTheGuestWantsLonger() {
    AgentFixture guest = new AgentFixture("ja", "c-new");
    PmsBooking existing = existingBooking(guest, "c-other");

    guest.say("予約" + existing.reference() + "を1泊延長して3泊にできますか");
    assertThat(keys(guest.say("lucia@example.com")))
        .containsExactly(TemplateKeys.BOOKING_MODIFY_ASK);
    guest.say("はい");

    assertThat(guest.tools.bookings.get(existing.reference().value()).stay().checkOut())
        .isEqualTo(LocalDate.of(2027, 2, 13));
  }

  @Test
  void turnsARequestIntoATaskForTheRightDepartmentAndRoom() {
    AgentFixture guest = new AgentFixture("en");

    TurnOutcome outcome = guest.say("Could we get two more towels in 305 please?");

    assertThat(keys(outcome)).containsExactly(TemplateKeys.REQUEST_CREATED);
    assertThat(guest.tools.tasks)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.department()).isEqualTo("HOUSEKEEPING");
              assertThat(task.room()).isEqualTo("305");
            });
  }

  @Test
  void answersFromTheHotelsFactsOnly() {
    AgentFixture guest = new AgentFixture("en");

    TurnOutcome outcome = guest.say("what's the wifi password?");

    assertThat(keys(outcome)).containsExactly(TemplateKeys.FAQ_ANSWER);
    assertThat(outcome.replies().get(0).variables().get("answer").toString())
        .contains("omotenashi2026");
  }

  @Test
  void aPricePerNightInAQuestionAboutTheHotelIsNotAStay() {
    AgentFixture guest = new AgentFixture("ja");

    TurnOutcome outcome = guest.say("車で行きます。駐車場はありますか？1泊いくらですか");

    assertThat(keys(outcome)).containsExactly(TemplateKeys.FAQ_ANSWER);
    assertThat(outcome.replies().get(0).variables().get("answer").toString()).contains("1500");
  }

  @Test
  void lateCheckOutGoesToTheFrontDeskWithThePolicysPrice() {
    AgentFixture guest = new AgentFixture("en");

    TurnOutcome outcome = guest.say("Is a late check-out possible tomorrow?");

    assertThat(keys(outcome)).containsExactly(TemplateKeys.LATE_CHECKOUT_REQUESTED);
    assertThat(outcome.replies().get(0).variables()).containsEntry("time", LocalTime.of(14, 0));
    assertThat(guest.tools.tasks)
        .singleElement()
        .extracting(ServiceTaskRequest::department)
        .isEqualTo("FRONT_DESK");
  }

  @Test
  void aComplaintOrARequestForAPersonGoesToStaff() {
    assertThat(new AgentFixture("en").say("I want to speak to a human").handoffReason())
        .isPresent();
    assertThat(
            new AgentFixture("fr")
                .say("C'est inadmissible, la chambre est sale et personne ne répond !")
                .handoffReason())
        .isPresent();
  }

  @Test
  void twoMessagesInARowItDoesNotUnderstandGoToStaff() {
    AgentFixture guest = new AgentFixture("en");

    TurnOutcome first = guest.say("asdkjh qwpeoi");
    assertThat(keys(first)).containsExactly(TemplateKeys.CLARIFY_NOT_UNDERSTOOD);
    assertThat(first.handoffReason()).isEmpty();

    assertThat(guest.say("zxcv mnbv lkj").handoffReason()).isPresent();
  }

  @Test
  void aQuestionMentioningTomorrowIsNotABookingAndThanksEndsWhatWasGoingOn() {
    AgentFixture guest = new AgentFixture("en");

    TurnOutcome weather = guest.say("What will the weather be like in Tokyo tomorrow?");
    assertThat(keys(weather))
        .doesNotContain(TemplateKeys.AVAILABILITY_ASK_DATES, TemplateKeys.AVAILABILITY_ASK_GUESTS);

    guest.say("Do you have a twin room from March 3 to 5?");
    TurnOutcome bye = guest.say("ok never mind, thanks, bye");
    assertThat(keys(bye)).containsExactly(TemplateKeys.GOODBYE_THANKS);
    assertThat(guest.state.goal()).isEqualTo(DialogueState.Goal.NONE);
  }

  @Test
  void followsTheGuestIntoAnotherLanguage() {
    AgentFixture guest = new AgentFixture("en");

    TurnOutcome outcome =
        guest.say("Bonjour, avez-vous une chambre du 3 au 5 mars pour deux personnes ?");

    assertThat(outcome.language()).isEqualTo("fr");
    assertThat(keys(guest.say("ok"))).isNotEmpty();
    assertThat(guest.language).isEqualTo("fr");
  }

  @Test
  void stateSurvivesItsJson() {
    AgentFixture guest = new AgentFixture("en");
    guest.say("I'd like to book a twin from March 3 to 5");

    DialogueState restored = DialogueState.fromJson(guest.state.toJson());

    assertThat(restored.toJson()).isEqualTo(guest.state.toJson());
    assertThat(restored.asked()).isEqualTo(DialogueState.Question.PARTY);
  }

  private static PmsBooking existingBooking(AgentFixture guest, String conversationId) {
    PmsBooking booking =
        guest.tools.createBooking(
            new BookingRequest(
                "DLX-KING",
                new StayPeriod(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 12)),
                new Party(2, 0),
                new GuestContact("Lucía Fernández", "lucia@example.com", "+34612345678"),
                conversationId));
    return booking;
  }
}
