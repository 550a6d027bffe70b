-- Deadlines of the annual cycle that are not derived from other data; ADMIN edits them (dates change yearly).
create table cycle_deadline (
    id        bigserial primary key,
    kind      varchar(40)  not null,
    title_nb  varchar(200) not null,
    title_en  varchar(200) not null,
    due_on    date         not null,
    audience  varchar(30)  not null,
    constraint cycle_deadline_audience check (audience in ('REGIONAL_COORDINATORS', 'IRF_MEMBERS')),
    constraint cycle_deadline_unique unique (kind, due_on)
);

-- The durable outbox: a reminder is decided and stored in one transaction, then sent (and retried) from here.
-- dedup_key (deadline × recipient × offset) makes a second decision for the same reminder a no-op.
create table reminder_outbox (
    id              bigserial primary key,
    dedup_key       varchar(300) not null unique,
    deadline_key    varchar(200) not null,
    recipient_id    bigint       not null references app_user (id),
    recipient_email varchar(200) not null,
    offset_days     int          not null,
    subject         varchar(300) not null,
    body            text         not null,
    ics             text         not null,
    status          varchar(20)  not null default 'PENDING',
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(1000),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz,
    constraint reminder_outbox_status check (status in ('PENDING', 'SENT', 'FAILED'))
);

create index reminder_outbox_due_idx on reminder_outbox (next_attempt_at) where status = 'PENDING';

-- ShedLock: one node at a time runs each scheduled job.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
