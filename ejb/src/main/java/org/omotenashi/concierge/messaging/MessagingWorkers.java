package org.omotenashi.concierge.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workers that drain the inbox and the outbox, on the server's managed scheduled executor. They
 * poll (so whatever a crash or another instance left behind is picked up) and are also woken as soon
 * as a guest message is committed, so that a guest does not wait for the next poll.
 *
 * <p>At most {@code concierge.messaging.workers} drains of each kind run at once; each drain takes
 * work item by item in transactions of their own until none is left.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MessagingWorkers {
  private static final Logger LOG = Logger.getLogger(MessagingWorkers.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject InboxProcessor inbox;
  @Inject OutboxSender outbox;

  @Inject
  @ConfigProperty(name = "concierge.messaging.workers", defaultValue = "2")
  int workers;

  @Inject
  @ConfigProperty(name = "concierge.messaging.poll-interval", defaultValue = "PT0.5S")
  Duration pollInterval;

  private final AtomicInteger inboxDrains = new AtomicInteger();
  private final AtomicInteger outboxDrains = new AtomicInteger();
  private final List<Future<?>> schedules = new ArrayList<>();

  @PostConstruct
  void start() {
    long every = pollInterval.toMillis();
    schedules.add(executor.scheduleWithFixedDelay(this::drainInbox, every, every, TimeUnit.MILLISECONDS));
    schedules.add(executor.scheduleWithFixedDelay(this::drainOutbox, every, every, TimeUnit.MILLISECONDS));
  }

  @PreDestroy
  void stop() {
    schedules.forEach(schedule -> schedule.cancel(false));
  }

  /** A guest message was committed: handle it now rather than at the next poll. */
  public void messageReceived(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) InboxService.MessageReceived received) {
    executor.execute(this::drainInbox);
  }

  /** Replies were stored: send them now. Called by whoever stored them, after commit. */
  public void repliesStored() {
    executor.execute(this::drainOutbox);
  }

  private void drainInbox() {
    if (drain(inboxDrains, inbox::handleNextConversation)) {
      drainOutbox();
    }
  }

  private void drainOutbox() {
    drain(outboxDrains, outbox::sendNext);
  }

  /** Runs {@code step} until it finds no work; true when it did some. Never throws: a schedule would stop. */
  private boolean drain(AtomicInteger running, BooleanSupplier step) {
    if (running.incrementAndGet() > workers) {
      running.decrementAndGet();
      return false;
    }
    boolean worked = false;
    try {
      while (step.getAsBoolean()) {
        worked = true;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A messaging worker failed; it will try again at the next poll", e);
    } finally {
      running.decrementAndGet();
    }
    return worked;
  }
}
