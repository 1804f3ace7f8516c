-- The foundation: the property (hotel) with its rooms and facts, departments, and staff accounts.
-- Money columns are numeric(12,2) so that currencies with a minor unit fit; JPY simply uses .00.

CREATE TABLE property (
    id                       BIGSERIAL PRIMARY KEY,
    code                     VARCHAR(32)  NOT NULL UNIQUE,
    name                     VARCHAR(200) NOT NULL,
    address                  VARCHAR(500) NOT NULL,
    phone                    VARCHAR(40),
    email                    VARCHAR(200),
    timezone                 VARCHAR(64)  NOT NULL,
    currency                 CHAR(3)      NOT NULL,
    languages                VARCHAR(100) NOT NULL,
    front_desk               VARCHAR(200),
    booking_reference_prefix VARCHAR(8)   NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL
);

-- What the concierge may say about the hotel: policies, amenities, transport, nearby sights.
-- One row per fact and language; English is the reference text.
CREATE TABLE property_fact (
    id          BIGSERIAL PRIMARY KEY,
    property_id BIGINT       NOT NULL REFERENCES property (id) ON DELETE CASCADE,
    category    VARCHAR(32)  NOT NULL,
    fact_key    VARCHAR(64)  NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    text        TEXT         NOT NULL,
    position    INTEGER      NOT NULL,
    -- Deferred, because a re-import replaces all facts in one transaction.
    UNIQUE (property_id, category, fact_key, language) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE room_type (
    id           BIGSERIAL PRIMARY KEY,
    property_id  BIGINT        NOT NULL REFERENCES property (id) ON DELETE CASCADE,
    code         VARCHAR(32)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    beds         VARCHAR(200)  NOT NULL,
    max_guests   INTEGER       NOT NULL CHECK (max_guests > 0),
    size_m2      INTEGER       NOT NULL CHECK (size_m2 > 0),
    base_rate    NUMERIC(12,2) NOT NULL CHECK (base_rate >= 0),
    weekend_rate NUMERIC(12,2) CHECK (weekend_rate >= 0),
    position     INTEGER       NOT NULL,
    UNIQUE (property_id, code)
);

CREATE TABLE room (
    id           BIGSERIAL PRIMARY KEY,
    room_type_id BIGINT      NOT NULL REFERENCES room_type (id) ON DELETE CASCADE,
    number       VARCHAR(10) NOT NULL,
    accessible   BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (room_type_id, number)
);

CREATE TABLE department (
    id          BIGSERIAL PRIMARY KEY,
    property_id BIGINT       NOT NULL REFERENCES property (id) ON DELETE CASCADE,
    code        VARCHAR(32)  NOT NULL,
    description VARCHAR(300),
    UNIQUE (property_id, code) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE staff_account (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    role            VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'AGENT', 'DEPARTMENT')),
    department_code VARCHAR(32),
    password_hash   VARCHAR(512) NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    CHECK (role <> 'DEPARTMENT' OR department_code IS NOT NULL)
);

-- Refresh tokens are stored only as a SHA-256 hash; each is used once (rotated on refresh).
CREATE TABLE refresh_token (
    id         BIGSERIAL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL UNIQUE,
    staff_id   BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX refresh_token_staff_idx ON refresh_token (staff_id);
