-- db-scheduler's table (durable jobs: transcoding and other background work). Its layout is
-- db-scheduler's own for PostgreSQL (version 16, with the nullable execution_time and state).
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    state                TEXT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON platform.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON platform.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON platform.scheduled_tasks (priority DESC, execution_time ASC);
