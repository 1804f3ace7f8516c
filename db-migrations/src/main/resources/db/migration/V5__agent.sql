-- The concierge agent: the tasks guests' requests create for the hotel's departments, what the agent
-- understood and did on each guest message (its turns), and what it remembers of each conversation.

CREATE TABLE task (
    id              BIGSERIAL    PRIMARY KEY,
    department      VARCHAR(40)  NOT NULL,
    room            VARCHAR(16),
    summary         VARCHAR(500) NOT NULL,
    priority        VARCHAR(8)   NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status          VARCHAR(12)  NOT NULL
        CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    assignee        VARCHAR(64),
    conversation_id VARCHAR(40)  REFERENCES conversation (id),
    -- The guest message that asked for it: a message handled twice after a crash makes one task.
    message_id      BIGINT       REFERENCES message (id),
    booking_reference VARCHAR(16),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    due_at          TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX task_department_idx ON task (department, status, created_at DESC);
CREATE INDEX task_conversation_idx ON task (conversation_id) WHERE conversation_id IS NOT NULL;
CREATE INDEX task_open_idx ON task (created_at DESC) WHERE status IN ('OPEN', 'IN_PROGRESS');

-- One row per guest message the agent read. slots and tools are JSON documents, shown to staff as they are.
CREATE TABLE agent_turn (
    id              BIGSERIAL    PRIMARY KEY,
    conversation_id VARCHAR(40)  NOT NULL REFERENCES conversation (id),
    message_id      BIGINT       NOT NULL UNIQUE REFERENCES message (id),
    language        VARCHAR(8)   NOT NULL,
    intent          VARCHAR(32)  NOT NULL,
    confidence      NUMERIC(4, 3) NOT NULL,
    slots           TEXT         NOT NULL,
    tools           TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX agent_turn_conversation_idx ON agent_turn (conversation_id, id);

-- What the agent knows and still needs in a conversation (the stay being booked, the booking the
-- guest proved is theirs, the question it asked): a JSON document, rewritten on every turn under
-- the conversation's row lock.
CREATE TABLE agent_dialogue (
    conversation_id VARCHAR(40)  PRIMARY KEY REFERENCES conversation (id),
    state           TEXT         NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
