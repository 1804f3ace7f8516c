package org.omotenashi.concierge.it.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.it.TestSystem;
import org.omotenashi.concierge.it.channels.ChannelsSystem.Channels;
import org.omotenashi.concierge.messaging.whatsapp.WhatsAppWebhooks;

/**
 * A guest's message is a promise: a few hundred WhatsApp messages over many conversations at once,
 * the server killed with SIGKILL while they are in flight, started again; every message that got a
 * 200 is stored once and answered once, in order within its conversation. (Replies reach the
 * provider at least once: a reply sent in the instant before the kill may be sent again.)
 */
class CrashIT {
  private static final int CONVERSATIONS = 24;
  private static final int MESSAGES_EACH = 12;
  private static final int KILL_AFTER_ACKNOWLEDGED = 100;

  @Test
  void everyAcknowledgedMessageIsAnsweredExactlyOnceInOrderAfterAKillDashNine() throws Exception {
    Channels channels = ChannelsSystem.start("crash");
    try {
      Map<String, List<String>> acknowledged = sendAllWhileKilling(channels);

      int total = acknowledged.values().stream().mapToInt(List::size).sum();
      assertThat(total).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
      for (Map.Entry<String, List<String>> guest : acknowledged.entrySet()) {
        if (!guest.getValue().isEmpty()) {
          assertAnsweredOnceInOrder(channels.system(), "+" + guest.getKey(), guest.getValue());
        }
      }
    } finally {
      channels.close();
    }
  }

  /** Sends every conversation's messages in order, in parallel; kills the server part-way. */
  private static Map<String, List<String>> sendAllWhileKilling(Channels channels) throws Exception {
    Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger acknowledgedCount = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(CONVERSATIONS);
    for (int c = 0; c < CONVERSATIONS; c++) {
      String phone = WhatsAppIT.newPhone("81");
      acknowledged.put(phone, new ArrayList<>());
      senders.submit(() -> {
        for (int m = 0; m < MESSAGES_EACH; m++) {
          String wamid = WhatsAppIT.newWamid();
          // A location, which is always answered ("text only, please"): one reply per message.
          String body = WhatsAppWebhooks.locationMessage(phone, "Guest " + phone, wamid,
              "Place " + m, "Kyoto", WhatsAppIT.now());
          try {
            if (WhatsAppIT.post(channels.system(), body, true).statusCode() == 200) {
              acknowledged.get(phone).add(wamid);
              acknowledgedCount.incrementAndGet();
            }
          } catch (Exception refused) {
            // The server is down: this message was never acknowledged, so nothing was promised.
          }
        }
        return null;
      });
    }
    Awaitility.await().atMost(Duration.ofSeconds(120))
        .until(() -> acknowledgedCount.get() >= KILL_AFTER_ACKNOWLEDGED);
    channels.system().crashAndRestart();
    senders.shutdown();
    assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    return acknowledged;
  }

  private static void assertAnsweredOnceInOrder(TestSystem system, String address, List<String> sentWamids) {
    JsonNode messages = Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
        .until(() -> WhatsAppIT.conversationOf(system, address).path("messages"), CrashIT::everyGuestMessageAnswered);

    List<String> storedWamids = new ArrayList<>();
    Map<Long, Integer> repliesPerMessage = new HashMap<>();
    List<Long> answeredInOrder = new ArrayList<>();
    for (JsonNode message : messages) {
      if (message.path("direction").asText().equals("IN")) {
        storedWamids.add(message.path("providerMessageId").asText());
      } else {
        long inReplyTo = message.path("inReplyTo").asLong();
        repliesPerMessage.merge(inReplyTo, 1, Integer::sum);
        answeredInOrder.add(inReplyTo);
      }
    }
    // Stored once each, in the order they were sent (a message sent but not acknowledged may be there too).
    assertThat(storedWamids).doesNotHaveDuplicates();
    assertThat(storedWamids.stream().filter(sentWamids::contains).toList()).isEqualTo(sentWamids);
    // Answered once each, in order.
    assertThat(repliesPerMessage.values()).containsOnly(1);
    assertThat(answeredInOrder).isSorted();
  }

  private static boolean everyGuestMessageAnswered(JsonNode messages) {
    long in = 0;
    long out = 0;
    for (JsonNode message : messages) {
      if (message.path("direction").asText().equals("IN")) {
        in++;
      } else {
        out++;
      }
    }
    return in > 0 && out >= in;
  }
}
