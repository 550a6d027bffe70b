-- Dialogue arenas and events (issue 16, part 1): events with an audience, registrations with a waiting list.
create table arena_event (
    id                    bigserial primary key,
    title                 varchar(200)  not null,
    description           varchar(4000) not null default '',
    -- null: a national event (organised by ADMIN or the leading region); else the regional node that organises it
    organiser_region_id   smallint references region (id),
    audience              varchar(20)   not null,
    audience_region_id    smallint references region (id),
    location              varchar(300),
    video_url             varchar(500),
    starts_at             timestamptz   not null,
    ends_at               timestamptz   not null,
    capacity              int,
    registration_deadline timestamptz   not null,
    status                varchar(20)   not null default 'DRAFT',
    created_by            bigint references app_user (id),
    created_at            timestamptz   not null default now(),
    cancelled_at          timestamptz,
    constraint arena_event_audience check (audience in ('EVERYONE', 'REGION', 'UNITS', 'REFERENCE_GROUPS')),
    constraint arena_event_audience_region check (audience <> 'REGION' or audience_region_id is not null),
    constraint arena_event_status check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    constraint arena_event_times check (ends_at > starts_at),
    constraint arena_event_deadline check (registration_deadline <= starts_at),
    constraint arena_event_capacity check (capacity is null or capacity >= 1)
);

create index arena_event_starts_idx on arena_event (starts_at);

-- The services (units) of an audience UNITS (their contacts) or REFERENCE_GROUPS (their reference groups' members).
create table arena_event_unit (
    event_id bigint not null references arena_event (id) on delete cascade,
    unit_id  bigint not null references national_unit (id),
    primary key (event_id, unit_id)
);

-- A user or an invited contact (no account: name and e-mail) registered, on the waiting list, or cancelled.
create table arena_participant (
    id            bigserial primary key,
    event_id      bigint       not null references arena_event (id) on delete cascade,
    user_id       bigint references app_user (id),
    name          varchar(150) not null,
    email         varchar(200) not null,
    locale        varchar(10)  not null default 'nb',
    status        varchar(20)  not null,
    -- first come, first served: the waiting list is ordered by this; a new registration after a cancellation starts anew
    registered_at timestamptz  not null,
    cancelled_at  timestamptz,
    added_by      bigint references app_user (id),
    constraint arena_participant_status check (status in ('REGISTERED', 'WAITING', 'CANCELLED'))
);

create unique index arena_participant_email_uq on arena_participant (event_id, lower(email));
create index arena_participant_user_idx on arena_participant (user_id);

-- Arena mails go through the reminders' outbox (sent once, retried, logged); invited contacts have no user account.
alter table reminder_outbox alter column recipient_id drop not null;

-- Registered participants are reminded a week and a day before an event (ADMIN changes it among the reminder rules).
insert into reminder_rule (kind, offsets, mandatory, enabled) values ('ARENA_EVENT', '7,1', false, true) on conflict do nothing;
