-- Guest conversations on every channel. One table holds every message, in and out:
--   the inbox  = guest messages not handled yet (direction IN, handled_at NULL);
--   the outbox = replies not accepted by the provider yet (direction OUT, delivery_status PENDING).
-- A message is committed here before the webhook answers 200, and handling it writes its replies and
-- marks it handled in one transaction: after a crash, whatever was not handled is handled, once.

CREATE TABLE guest (
    id         BIGSERIAL PRIMARY KEY,
    channel    VARCHAR(16)  NOT NULL CHECK (channel IN ('WEBCHAT', 'WHATSAPP', 'SMS')),
    address    VARCHAR(120) NOT NULL,
    name       VARCHAR(200),
    created_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (channel, address)
);

CREATE TABLE conversation (
    id                    VARCHAR(40)  PRIMARY KEY,
    guest_id              BIGINT       NOT NULL REFERENCES guest (id),
    channel               VARCHAR(16)  NOT NULL,
    provider              VARCHAR(24)  NOT NULL,
    status                VARCHAR(24)  NOT NULL
        CHECK (status IN ('BOT', 'WAITING_FOR_STAFF', 'STAFF', 'CLOSED')),
    language              VARCHAR(8)   NOT NULL,
    staff_member          VARCHAR(64),
    handoff_reason        VARCHAR(300),
    last_guest_message_at TIMESTAMPTZ,
    last_activity_at      TIMESTAMPTZ  NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX conversation_guest_idx ON conversation (guest_id, last_activity_at DESC);
CREATE INDEX conversation_activity_idx ON conversation (last_activity_at DESC);

CREATE TABLE message (
    id                  BIGSERIAL    PRIMARY KEY,
    conversation_id     VARCHAR(40)  NOT NULL REFERENCES conversation (id),
    direction           VARCHAR(3)   NOT NULL CHECK (direction IN ('IN', 'OUT')),
    author              VARCHAR(8)   NOT NULL CHECK (author IN ('GUEST', 'AGENT', 'STAFF')),
    kind                VARCHAR(16)  NOT NULL,
    text                TEXT,
    language            VARCHAR(8),
    provider            VARCHAR(24)  NOT NULL,
    provider_message_id VARCHAR(128),
    staff_member        VARCHAR(64),
    in_reply_to         BIGINT       REFERENCES message (id),
    created_at          TIMESTAMPTZ  NOT NULL,
    -- Guest messages: when they were handled, and whether anything answered them.
    handled_at          TIMESTAMPTZ,
    answered            BOOLEAN,
    -- Replies: delivery through the provider, retried with backoff.
    delivery_status     VARCHAR(12)
        CHECK (delivery_status IN ('PENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED')),
    attempts            INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ,
    failure_reason      VARCHAR(500),
    used_template       BOOLEAN      NOT NULL DEFAULT FALSE,
    status_changed_at   TIMESTAMPTZ,
    CHECK (direction = 'IN' OR delivery_status IS NOT NULL)
);
-- A provider delivers a webhook again when it did not see our 200 in time: the same id is stored once.
CREATE UNIQUE INDEX message_provider_id_idx ON message (provider, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
CREATE INDEX message_conversation_idx ON message (conversation_id, id);
CREATE INDEX message_reply_idx ON message (in_reply_to) WHERE in_reply_to IS NOT NULL;
CREATE INDEX message_inbox_idx ON message (conversation_id, id)
    WHERE direction = 'IN' AND handled_at IS NULL;
CREATE INDEX message_outbox_idx ON message (next_attempt_at)
    WHERE direction = 'OUT' AND delivery_status = 'PENDING';
-- The rate limit counts a sender's recent messages.
CREATE INDEX message_recent_in_idx ON message (conversation_id, created_at) WHERE direction = 'IN';
