-- Message templates: every text a guest reads. A template is a key in a language, optionally a
-- variant (for A/B tests; '' is the standard text). Each edit is a new version; the template points
-- at its active version, which every instance reads from here, so a rollback acts at once
-- everywhere.

CREATE TABLE template (
    id             BIGSERIAL PRIMARY KEY,
    template_key   VARCHAR(100) NOT NULL,
    language       VARCHAR(8)   NOT NULL,
    variant        VARCHAR(32)  NOT NULL DEFAULT '',
    active_version INTEGER      NOT NULL,
    UNIQUE (template_key, language, variant)
);

CREATE TABLE template_version (
    id          BIGSERIAL PRIMARY KEY,
    template_id BIGINT       NOT NULL REFERENCES template (id) ON DELETE CASCADE,
    version     INTEGER      NOT NULL CHECK (version > 0),
    body        TEXT         NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    reason      VARCHAR(300),
    created_at  TIMESTAMPTZ  NOT NULL,
    uses        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (template_id, version)
);

-- An A/B test on a template key: variants with weights, from start to end (or until stopped).
CREATE TABLE experiment (
    id                  BIGSERIAL PRIMARY KEY,
    name                VARCHAR(100) NOT NULL UNIQUE,
    template_key        VARCHAR(100) NOT NULL,
    status              VARCHAR(12)  NOT NULL CHECK (status IN ('RUNNING', 'STOPPED')),
    starts_at           TIMESTAMPTZ  NOT NULL,
    ends_at             TIMESTAMPTZ,
    conversion_window_s BIGINT       NOT NULL CHECK (conversion_window_s > 0),
    winner              VARCHAR(32),
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    stopped_at          TIMESTAMPTZ
);
-- At most one running experiment per template key.
CREATE UNIQUE INDEX experiment_running_key_idx ON experiment (template_key) WHERE status = 'RUNNING';

CREATE TABLE experiment_variant (
    id            BIGSERIAL PRIMARY KEY,
    experiment_id BIGINT      NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    variant       VARCHAR(32) NOT NULL,
    weight        INTEGER     NOT NULL CHECK (weight >= 0),
    UNIQUE (experiment_id, variant)
);

-- Which variant a guest sees, fixed at the first message: a guest never sees both.
CREATE TABLE experiment_assignment (
    experiment_id BIGINT       NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    guest_key     VARCHAR(160) NOT NULL,
    variant       VARCHAR(32)  NOT NULL,
    assigned_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (experiment_id, guest_key)
);

-- Each message sent with a variant; its outcomes (delivered, replied, converted) are read from the
-- message, the conversation and the bookings made in it.
CREATE TABLE experiment_exposure (
    id              BIGSERIAL PRIMARY KEY,
    experiment_id   BIGINT       NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    variant         VARCHAR(32)  NOT NULL,
    guest_key       VARCHAR(160) NOT NULL,
    conversation_id VARCHAR(40)  REFERENCES conversation (id),
    message_id      BIGINT       REFERENCES message (id),
    sent_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX experiment_exposure_idx ON experiment_exposure (experiment_id, variant);
