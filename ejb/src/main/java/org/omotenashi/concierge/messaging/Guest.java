package org.omotenashi.concierge.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone who writes to the hotel, known by a channel address: one guest per phone number on
 * WhatsApp, per number on SMS, per browser on the web chat. The business key is the address.
 */
@Entity
@Table(name = "guest")
public class Guest {
  public static final int MAX_NAME = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(nullable = false, updatable = false, length = ChannelAddress.MAX_LENGTH)
  private String address;

  @Column(length = MAX_NAME)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Guest() {
    // for JPA
  }

  public Long getId() {
    return id;
  }

  public ChannelAddress getAddress() {
    return new ChannelAddress(channel, address);
  }

  /** Who the guest is across conversations, as experiments know them: {@code WHATSAPP:+8180...}. */
  public String key() {
    return channel + ":" + address;
  }

  /** The name the guest's messaging profile shows, or that they gave; may be null. */
  public String getName() {
    return name;
  }

  /** Keeps the newest name a provider reports (guests change their profile names). */
  public void knownAs(String profileName) {
    if (profileName != null && !profileName.isBlank()) {
      name = profileName.strip().substring(0, Math.min(profileName.strip().length(), MAX_NAME));
    }
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Guest guest
        && channel == guest.channel
        && Objects.equals(address, guest.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, address);
  }
}
