package org.omotenashi.concierge.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omotenashi.concierge.agent.llm.LlmTestHotel.PROFILE;
import static org.omotenashi.concierge.agent.llm.LlmTestHotel.context;
import static org.omotenashi.concierge.agent.llm.LlmTestHotel.reading;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.omotenashi.concierge.agent.dialogue.Concierge;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Goal;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Question;
import org.omotenashi.concierge.agent.dialogue.DialogueState;
import org.omotenashi.concierge.agent.dialogue.InMemoryHotelTools;
import org.omotenashi.concierge.agent.dialogue.ToolCall;
import org.omotenashi.concierge.agent.dialogue.TurnOutcome;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.template.TemplateKeys;

/**
 * The LLM concierge against a fake of each provider, speaking its wire format over real HTTP on
 * 127.0.0.1: tool round trips, the guardrails, and every way of falling back to the offline
 * concierge.
 */
class LlmAgentTest {
  private static final String KEY = "sk-test-secret-key";

  private FakeLlmServer fake;
  private final InMemoryHotelTools tools = new InMemoryHotelTools(LlmTestHotel.CONVERSATION);
  private final DialogueState state = new DialogueState();

  @AfterEach
  void stopFake() {
    if (fake != null) {
      fake.close();
    }
  }

  private LlmAgent agentFor(LlmProvider provider) {
    return agentFor(provider, Duration.ofSeconds(5));
  }

  private LlmAgent agentFor(LlmProvider provider, Duration timeout) {
    fake = switch (provider) {
      case ANTHROPIC -> new FakeAnthropic(KEY);
      case OPENAI -> new FakeOpenAi(KEY);
      case OLLAMA -> new FakeOllama();
      case NONE -> throw new IllegalArgumentException();
    };
    return new LlmAgent(new LlmGateway(new LlmSettings(
        provider, URI.create(fake.baseUrl()), provider == LlmProvider.OLLAMA ? null : KEY, "test-model", timeout)));
  }

  private Optional<TurnOutcome> say(LlmAgent agent, String text) {
    return agent.answer(reading(text, "en"), state, context(null), PROFILE, tools, List.of());
  }

  @ParameterizedTest
  @EnumSource(value = LlmProvider.class, names = {"ANTHROPIC", "OPENAI", "OLLAMA"})
  void answersFromTheHotelsFactsThroughGetHotelInfo(LlmProvider provider) {
    LlmAgent agent = agentFor(provider);
    fake.thenCall("get_hotel_info", "{\"topic\": \"amenities.wifi\"}")
        .thenAnswer("The wifi is free: network Sakura-Guest, password omotenashi2026.");

    TurnOutcome outcome =
        agent.answer(reading("what's the wifi password?", "en"), state, context(null), PROFILE, tools,
            List.of("Guest: hello", "Concierge: Welcome to Hotel Sakura Kyoto!")).orElseThrow();

    assertThat(outcome.replies()).hasSize(1);
    assertThat(outcome.replies().get(0).key()).isEqualTo(TemplateKeys.FAQ_ANSWER);
    assertThat((String) outcome.replies().get(0).variables().get("answer")).contains("omotenashi2026");
    assertThat(outcome.intent()).isEqualTo(Intent.HOTEL_INFO);
    assertThat(outcome.language()).isEqualTo("en");
    assertThat(outcome.tools()).extracting(ToolCall::name, ToolCall::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("get_hotel_info", "1 fact(s)"));
    assertThat(fake.requests()).hasSize(2);
    String first = fake.requests().get(0).body().toString();
    assertThat(first).contains("Hotel Sakura Kyoto", "get_hotel_info", "create_booking", "amenities.wifi",
        "Concierge: Welcome", "what's the wifi password?");
    // The fact went to the model as the tool's result.
    assertThat(fake.lastBody().toString()).contains("password omotenashi2026");
  }

  @ParameterizedTest
  @EnumSource(value = LlmProvider.class, names = {"ANTHROPIC", "OPENAI", "OLLAMA"})
  void answersInTheGuestsLanguageWithTheFactsInIt(LlmProvider provider) {
    LlmAgent agent = agentFor(provider);
    fake.thenCall("get_hotel_info", "{\"topic\": \"amenities.wifi\"}").thenAnswer("パスワードは omotenashi2026 です。");

    TurnOutcome outcome =
        agent.answer(reading("Wi-Fiのパスワードは?", "ja"), state, context(null), PROFILE, tools, List.of()).orElseThrow();

    assertThat(outcome.language()).isEqualTo("ja");
    assertThat(fake.requests().get(0).body().toString()).contains("Japanese (language code ja)");
    assertThat(fake.lastBody().toString()).contains("全館無料");
  }

  @ParameterizedTest
  @EnumSource(value = LlmProvider.class, names = {"ANTHROPIC", "OPENAI", "OLLAMA"})
  void createBookingOnlyProposesAndTheGuestsYesBooksOffline(LlmProvider provider) {
    LlmAgent agent = agentFor(provider);
    fake.thenCall("create_booking", """
            {"room_type": "STD-TWIN", "check_in": "2026-12-10", "check_out": "2026-12-12", "adults": 2,
             "guest_name": "Emma Schmidt", "email": "emma@example.com"}""")
        .thenAnswer("A Standard Twin from 10 to 12 December is 36000 JPY. Shall I book it?");

    TurnOutcome outcome = say(agent, "book a twin 10-12 Dec for 2, Emma Schmidt, emma@example.com").orElseThrow();

    assertThat(tools.created).isEmpty();
    assertThat(state.goal()).isEqualTo(Goal.BOOK);
    assertThat(state.asked()).isEqualTo(Question.CONFIRM_BOOKING);
    assertThat(outcome.intent()).isEqualTo(Intent.BOOK);
    assertThat(outcome.tools()).extracting(ToolCall::outcome).containsExactly("proposed, waiting for the guest's yes");
    assertThat(fake.lastBody().toString()).contains("PROPOSED_NOT_BOOKED", "36000");

    // The guest's yes is the offline dialogue's: the LLM stays out of it, and the booking is made.
    assertThat(agent.answer(LlmTestHotel.yes(), state, context(null), PROFILE, tools, List.of())).isEmpty();
    TurnOutcome confirmed = new Concierge().answer(LlmTestHotel.yes(), state, context(null), PROFILE, tools);
    assertThat(confirmed.replies()).extracting(reply -> reply.key()).containsExactly(TemplateKeys.BOOKING_CONFIRMED);
    assertThat(tools.created).singleElement().satisfies(request -> {
      assertThat(request.roomType()).isEqualTo("STD-TWIN");
      assertThat(request.stay().nights()).isEqualTo(2);
      assertThat(request.guest().email()).isEqualTo("emma@example.com");
    });
    assertThat(fake.requests()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(value = LlmProvider.class, names = {"ANTHROPIC", "OPENAI", "OLLAMA"})
  void invalidArgumentsGoBackToTheModelAndNeverReachTheTools(LlmProvider provider) {
    LlmAgent agent = agentFor(provider);
    fake.thenCall("create_booking", """
            {"room_type": "PENTHOUSE", "check_in": "2026-12-10", "check_out": "2026-12-12", "adults": 2,
             "guest_name": "Emma Schmidt", "email": "emma@example.com"}""")
        .thenCall("check_availability", "{\"check_in\": \"2026-11-01\", \"check_out\": \"2026-11-03\", \"adults\": 2}")
        .thenCall("check_availability", "{\"check_in\": \"next friday\", \"check_out\": \"2026-12-12\", \"adults\": 2}")
        .thenCall("create_service_request", "{\"department\": \"ROCKET_SCIENCE\", \"summary\": \"launch\"}")
        .thenAnswer("Sorry, could you tell me your dates again?");

    TurnOutcome outcome = say(agent, "penthouse please").orElseThrow();

    assertThat(tools.availabilityCalls).hasValue(0);
    assertThat(tools.created).isEmpty();
    assertThat(tools.tasks).isEmpty();
    assertThat(state.asked()).isEqualTo(Question.NONE);
    assertThat(outcome.tools()).extracting(ToolCall::outcome).allSatisfy(result -> assertThat(result).startsWith("refused"));
    String sent = fake.lastBody().toString();
    assertThat(sent).contains("the hotel has no room type 'PENTHOUSE'", "is in the past",
        "must be a date like", "unknown department");
  }

  @ParameterizedTest
  @EnumSource(value = LlmProvider.class, names = {"ANTHROPIC", "OPENAI", "OLLAMA"})
  void aSlowProviderFallsBackToTheOfflineConcierge(LlmProvider provider) {
    LlmAgent agent = agentFor(provider, Duration.ofMillis(300));
    fake.answerSlowly(Duration.ofSeconds(3)).thenAnswer("too late");

    long started = System.nanoTime();
    Optional<TurnOutcome> outcome = say(agent, "hello");

    assertThat(outcome).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(value = LlmProvider.class, names = {"ANTHROPIC", "OPENAI", "OLLAMA"})
  void aFailingProviderFallsBackAndLeavesNoTrace(LlmProvider provider) {
    LlmAgent agent = agentFor(provider);
    // The model asks for a task, then the provider fails before the reply: no task is created.
    fake.thenCall("create_service_request", "{\"department\": \"HOUSEKEEPING\", \"summary\": \"Two towels\", \"room\": \"201\"}");

    assertThat(say(agent, "towels to 201 please")).isEmpty();
    assertThat(tools.tasks).isEmpty();
    assertThat(fake.hits()).isEqualTo(2);

    fake.failWith(500);
    assertThat(say(agent, "towels to 201 please")).isEmpty();
    assertThat(fake.hits()).isEqualTo(3);
    assertThat(tools.tasks).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = LlmProvider.class, names = {"ANTHROPIC", "OPENAI", "OLLAMA"})
  void aServiceRequestIsCreatedOnceTheReplyStands(LlmProvider provider) {
    LlmAgent agent = agentFor(provider);
    fake.thenCall("create_service_request",
            "{\"department\": \"HOUSEKEEPING\", \"summary\": \"Two extra towels\", \"room\": \"201\", \"due_time\": \"07:30\"}")
        .thenAnswer("Housekeeping will bring two towels to room 201.");

    TurnOutcome outcome = say(agent, "two towels to 201 at 7:30 please").orElseThrow();

    assertThat(outcome.intent()).isEqualTo(Intent.SERVICE_REQUEST);
    assertThat(tools.tasks).singleElement().satisfies(task -> {
      assertThat(task.department()).isEqualTo("HOUSEKEEPING");
      assertThat(task.room()).isEqualTo("201");
      assertThat(task.dueAt()).isEqualTo(java.time.Instant.parse("2026-11-23T22:30:00Z"));
    });
  }

  @Test
  void aBookingIsShownOnlyOnceTheGuestProvedItIsTheirs() {
    LlmAgent agent = agentFor(LlmProvider.OPENAI);
    tools.existing("SKR-7K3Q9P", "another-conversation", LlmTestHotel.EMMAS_STAY, LlmTestHotel.EMMA);
    fake.thenCall("get_booking", "{\"reference\": \"SKR-7K3Q9P\"}")
        .thenCall("cancel_booking", "{\"reference\": \"SKR-7K3Q9P\"}")
        .thenCall("get_booking", "{\"reference\": \"SKR-7K3Q9P\", \"email\": \"someone@else.com\"}")
        .thenAnswer("Could you give me the email address on the booking?");

    TurnOutcome first = say(agent, "show me booking SKR-7K3Q9P").orElseThrow();

    String sent = fake.lastBody().toString();
    assertThat(sent).doesNotContain("Emma").doesNotContain("36000");
    assertThat(sent).contains("Ask the guest for the email address or phone number on the booking",
        "has not proved this booking is theirs", "No booking matches");
    assertThat(state.asked()).isEqualTo(Question.NONE);
    assertThat(state.failedVerifications()).isEqualTo(1);
    assertThat(first.intent()).isEqualTo(Intent.CANCEL_BOOKING);

    fake.thenCall("get_booking", "{\"reference\": \"skr-7k3q9p\", \"email\": \"Emma@Example.com\"}")
        .thenCall("cancel_booking", "{\"reference\": \"SKR-7K3Q9P\"}")
        .thenAnswer("Your booking can be cancelled free of charge. Shall I cancel it?");

    say(agent, "it's emma@example.com, please cancel");

    assertThat(fake.lastBody().toString()).contains("Emma Schmidt", "PROPOSED_NOT_CANCELLED");
    assertThat(state.isVerified("SKR-7K3Q9P")).isTrue();
    assertThat(state.goal()).isEqualTo(Goal.CANCEL);
    assertThat(state.asked()).isEqualTo(Question.CONFIRM_CANCEL);
    assertThat(tools.cancelled).isEmpty();
  }

  @Test
  void threeFailedVerificationsHandTheConversationToStaff() {
    LlmAgent agent = agentFor(LlmProvider.ANTHROPIC);
    tools.existing("SKR-7K3Q9P", "another-conversation", LlmTestHotel.EMMAS_STAY, LlmTestHotel.EMMA);
    for (String email : List.of("a@x.com", "b@x.com", "c@x.com")) {
      fake.thenCall("get_booking", "{\"reference\": \"SKR-7K3Q9P\", \"email\": \"" + email + "\"}");
    }
    fake.thenAnswer("A member of our team will reply shortly.");

    TurnOutcome outcome = say(agent, "booking SKR-7K3Q9P, my email is a@x.com or b@x.com or c@x.com").orElseThrow();

    assertThat(outcome.handoffReason()).contains("The guest could not prove a booking is theirs 3 times");
    assertThat(fake.lastBody().toString()).doesNotContain("Emma");
  }

  @Test
  void aChangeIsPricedAndProposedForTheOfflineDialogueToMake() {
    LlmAgent agent = agentFor(LlmProvider.OLLAMA);
    tools.existing("SKR-7K3Q9P", LlmTestHotel.CONVERSATION, LlmTestHotel.EMMAS_STAY, LlmTestHotel.EMMA);
    fake.thenCall("modify_booking", "{\"reference\": \"SKR-7K3Q9P\", \"new_check_out\": \"2026-12-06\"}")
        .thenAnswer("Staying until 6 December costs 54000 JPY in total. Shall I change it?");

    TurnOutcome outcome = say(agent, "can I stay one more night?").orElseThrow();

    assertThat(outcome.intent()).isEqualTo(Intent.MODIFY_BOOKING);
    assertThat(fake.lastBody().toString()).contains("PROPOSED_NOT_CHANGED", "new_total", "54000");
    assertThat(state.goal()).isEqualTo(Goal.MODIFY);
    assertThat(state.asked()).isEqualTo(Question.CONFIRM_CHANGE);
    assertThat(tools.modified).isEmpty();

    new Concierge().answer(LlmTestHotel.yes(), state, context(null), PROFILE, tools);
    assertThat(tools.modified).containsExactly("SKR-7K3Q9P");
  }

  @Test
  void anAnsweredTurnLeavesNoOfflineQuestionOpen() {
    LlmAgent agent = agentFor(LlmProvider.ANTHROPIC);
    // The offline dialogue had asked for the stay's dates before the provider came back.
    new Concierge().answer(new org.omotenashi.concierge.agent.dialogue.Reading("I want to book a room", "en",
        new org.omotenashi.concierge.agent.understanding.IntentGuess(Intent.BOOK, 0.9), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty()),
        state, context(null), PROFILE, tools);
    assertThat(state.asked()).isEqualTo(Question.DATES);
    fake.thenAnswer("Breakfast is served from 7:00.");

    assertThat(say(agent, "when is breakfast?")).isPresent();

    assertThat(state.goal()).isEqualTo(Goal.NONE);
    assertThat(state.asked()).isEqualTo(Question.NONE);
  }

  @Test
  void aModelThatKeepsCallingToolsFallsBack() {
    LlmAgent agent = agentFor(LlmProvider.OPENAI);
    for (int i = 0; i <= LlmAgent.MAX_TOOL_ROUNDS; i++) {
      fake.thenCall("get_hotel_info", "{\"topic\": \"rooms\"}");
    }

    assertThat(say(agent, "rooms?")).isEmpty();
    assertThat(fake.hits()).isEqualTo(LlmAgent.MAX_TOOL_ROUNDS + 1);
  }

  @Test
  void withoutAProviderNothingIsSent() {
    fake = new FakeOpenAi(KEY);
    fake.thenAnswer("never");
    LlmGateway gateway = new LlmGateway(LlmSettings.fromConfig(
        "none", Optional.of(fake.baseUrl()), Optional.of(KEY), Optional.of("test-model"), Duration.ofSeconds(5)));

    Optional<TurnOutcome> outcome = new LlmAgent(gateway).answer(
        reading("hello", "en"), state, context(null), PROFILE, tools, List.of());

    assertThat(outcome).isEmpty();
    assertThat(fake.hits()).isZero();
    assertThat(gateway.isEnabled()).isFalse();
  }

  @Test
  void aWrongKeyFallsBack() {
    fake = new FakeAnthropic(KEY);
    fake.thenAnswer("never");
    LlmAgent agent = new LlmAgent(new LlmGateway(new LlmSettings(
        LlmProvider.ANTHROPIC, URI.create(fake.baseUrl()), "sk-wrong", "test-model", Duration.ofSeconds(5))));

    assertThat(say(agent, "hello")).isEmpty();
    assertThat(fake.hits()).isEqualTo(1);
  }

  @Test
  void whileTheGuestConfirmsTheOfflineDialogueAnswers() {
    LlmAgent agent = agentFor(LlmProvider.ANTHROPIC);
    state.proposeBooking("STD-TWIN", LlmTestHotel.TODAY.plusDays(3), LlmTestHotel.TODAY.plusDays(4), 1, 0,
        "Emma Schmidt", "emma@example.com", null);

    assertThat(say(agent, "yes")).isEmpty();
    assertThat(fake.hits()).isZero();
  }
}
