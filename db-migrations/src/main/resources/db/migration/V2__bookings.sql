-- Bookings: the rules of the house, prices by season, rooms closed for sale or out of order, the
-- bookings themselves and the history of every change made to them.
--
-- Never overbooking is PostgreSQL's job as much as the code's: every change to a room type's
-- inventory first locks that room type's row (SELECT ... FOR UPDATE), then counts; two transactions
-- for the same room type, from any number of server instances, therefore run one after the other.

ALTER TABLE property
    ADD COLUMN check_in_time           TIME    NOT NULL DEFAULT '15:00',
    ADD COLUMN check_out_time          TIME    NOT NULL DEFAULT '11:00',
    ADD COLUMN max_nights              INTEGER NOT NULL DEFAULT 30 CHECK (max_nights > 0),
    ADD COLUMN booking_horizon_days    INTEGER NOT NULL DEFAULT 365 CHECK (booking_horizon_days > 0),
    ADD COLUMN free_cancellation_hours INTEGER NOT NULL DEFAULT 72 CHECK (free_cancellation_hours >= 0);

CREATE TABLE booking (
    id                BIGSERIAL PRIMARY KEY,
    reference         VARCHAR(16)   NOT NULL UNIQUE,
    room_type_id      BIGINT        NOT NULL REFERENCES room_type (id),
    room_id           BIGINT        REFERENCES room (id),
    check_in          DATE          NOT NULL,
    check_out         DATE          NOT NULL,
    adults            INTEGER       NOT NULL CHECK (adults >= 1),
    children          INTEGER       NOT NULL CHECK (children >= 0),
    guest_name        VARCHAR(200)  NOT NULL,
    guest_email       VARCHAR(200),
    guest_phone       VARCHAR(40),
    status            VARCHAR(16)   NOT NULL
        CHECK (status IN ('CONFIRMED', 'CANCELLED', 'CHECKED_IN', 'CHECKED_OUT', 'NO_SHOW')),
    total             NUMERIC(12,2) NOT NULL CHECK (total >= 0),
    first_night_price NUMERIC(12,2) NOT NULL CHECK (first_night_price >= 0),
    cancellation_fee  NUMERIC(12,2) CHECK (cancellation_fee >= 0),
    currency          CHAR(3)       NOT NULL,
    conversation_id   VARCHAR(64),
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CHECK (check_out > check_in),
    CHECK (room_id IS NOT NULL OR status <> 'CHECKED_IN')
);
-- What the inventory count reads: the bookings that hold a room of a type over some nights.
CREATE INDEX booking_holding_idx ON booking (room_type_id, check_in, check_out)
    WHERE status IN ('CONFIRMED', 'CHECKED_IN');
CREATE INDEX booking_guest_email_idx ON booking (lower(guest_email));
CREATE INDEX booking_check_in_idx ON booking (check_in);

-- Every change to a booking: who (staff:NAME, guest:CONVERSATION, system), when, and what.
-- Keyed by reference, not by a foreign key, so that bookings held by an external PMS have one too.
CREATE TABLE booking_event (
    id          BIGSERIAL PRIMARY KEY,
    reference   VARCHAR(16)  NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(120) NOT NULL,
    action      VARCHAR(24)  NOT NULL,
    detail      TEXT         NOT NULL
);
CREATE INDEX booking_event_reference_idx ON booking_event (reference, occurred_at);

-- A price for some nights of a room type (high season, a festival). The newest covering a night wins.
CREATE TABLE seasonal_rate (
    id           BIGSERIAL PRIMARY KEY,
    room_type_id BIGINT        NOT NULL REFERENCES room_type (id) ON DELETE CASCADE,
    first_night  DATE          NOT NULL,
    last_night   DATE          NOT NULL,
    rate         NUMERIC(12,2) NOT NULL CHECK (rate >= 0),
    created_by   VARCHAR(120)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    CHECK (last_night >= first_night)
);
CREATE INDEX seasonal_rate_idx ON seasonal_rate (room_type_id, first_night, last_night);

-- Nights on which a room type is not sold (bookings already made stay).
CREATE TABLE stop_sell (
    id           BIGSERIAL PRIMARY KEY,
    room_type_id BIGINT       NOT NULL REFERENCES room_type (id) ON DELETE CASCADE,
    first_night  DATE         NOT NULL,
    last_night   DATE         NOT NULL,
    reason       VARCHAR(300),
    created_by   VARCHAR(120) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    CHECK (last_night >= first_night)
);

-- Nights on which a room cannot be used (maintenance): one room fewer to sell of its type.
CREATE TABLE room_out_of_order (
    id          BIGSERIAL PRIMARY KEY,
    room_id     BIGINT       NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    first_night DATE         NOT NULL,
    last_night  DATE         NOT NULL,
    reason      VARCHAR(300),
    created_by  VARCHAR(120) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    CHECK (last_night >= first_night)
);
