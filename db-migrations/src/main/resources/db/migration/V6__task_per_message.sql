-- One task per guest message and department: the inbox may handle a message again after a crash,
-- and the agent must not make the same task twice. Tasks staff write by hand have no message.
CREATE UNIQUE INDEX task_message_department_idx ON task (message_id, department)
    WHERE message_id IS NOT NULL;
