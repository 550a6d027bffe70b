-- Reminder rules per deadline kind (ADMIN edits them), each user's reminder preferences, personal calendar
-- feeds, and what the outbox needs for weekly digests, filters and previews.

-- When reminders for a kind of deadline go out. offsets: days before the deadline (0 = on the day, negative =
-- after it), comma-separated, e.g. '14,3,0'. overdue_every_days/overdue_until_days add a reminder every N days
-- after the deadline up to M days overdue. A mandatory kind cannot be opted out of. Kinds without a rule use
-- the configured default offsets (servicemiljo.reminders.offsets).
create table reminder_rule (
    kind               varchar(40)  primary key,
    offsets            varchar(200) not null,
    overdue_every_days int,
    overdue_until_days int,
    mandatory          boolean      not null default false,
    enabled            boolean      not null default true,
    updated_at         timestamptz  not null default now(),
    updated_by         bigint references app_user (id),
    constraint reminder_rule_overdue check ((overdue_every_days is null) = (overdue_until_days is null)),
    constraint reminder_rule_overdue_range check (overdue_every_days is null
        or (overdue_every_days between 1 and 60 and overdue_until_days between overdue_every_days and 60))
);

insert into reminder_rule (kind, offsets, overdue_every_days, overdue_until_days, mandatory, enabled) values
    -- the annual cycle (table cycle_deadline)
    ('REPORTS_DUE',          '14,3,0', 7, 21, true,  true),
    ('DIRECTORATE_FEEDBACK', '14,3,0', 7, 14, true,  true),
    ('APPLICATIONS_DUE',     '14,3,0', 7, 14, true,  true),
    ('IRF_MEETING',          '14,3',   null, null, false, true),
    ('MINISTRY_DUE',         '14,3,0', null, null, true,  true),
    -- the registry
    ('TERM_END',             '120,60,30,14', null, null, false, true),
    ('FUNDING_END',          '120,60,30,14', null, null, false, true),
    ('YEAR_SIX_EVALUATION',  '90,30,14', null, null, false, true),
    -- the IRF application round (irf_round)
    ('IRF_ROUND_OPENS',      '0',      null, null, false, true),
    ('IRF_REGIONAL_DEADLINE','14,3,0', null, null, false, true),
    ('IRF_RANKING_DUE',      '7,3,1,0', null, null, true, true),
    -- the reporting cycle (annual reports, assessments, approvals)
    ('REPORT_DUE',           '14,3,0', 7, 21, true,  true),
    ('ASSESSMENT_DUE',       '14,3,0', 7, 21, true,  true),
    ('APPROVAL_DUE',         '14,3,0', 7, 21, true,  true);

-- How a user wants their reminders: each one as it falls due, or a weekly digest (Monday morning, Europe/Oslo).
-- No row: each one.
create table reminder_preference (
    user_id    bigint      primary key references app_user (id),
    delivery   varchar(10) not null default 'EACH',
    updated_at timestamptz not null default now(),
    constraint reminder_preference_delivery check (delivery in ('EACH', 'WEEKLY'))
);

-- Kinds a user does not want reminders for (only non-mandatory kinds; checked in the service and at planning).
create table reminder_opt_out (
    user_id    bigint      not null references app_user (id),
    kind       varchar(40) not null,
    created_at timestamptz not null default now(),
    primary key (user_id, kind)
);

-- Personal calendar feeds: only the SHA-256 of the secret token is stored; one feed per user.
create table calendar_feed_token (
    user_id    bigint      primary key references app_user (id),
    token_hash char(64)    not null unique,
    created_at timestamptz not null default now()
);

-- The outbox keeps what a digest, a filter and a preview need. digest_week: the Monday of the weekly digest the
-- row is sent in (null: sent on its own).
alter table reminder_outbox
    add column deadline_kind varchar(40),
    add column deadline_title varchar(300),
    add column due_on date,
    add column remind_on date,
    add column locale varchar(10) not null default 'nb',
    add column digest_week date;

update reminder_outbox o set deadline_kind = c.kind, deadline_title = c.title_nb, due_on = c.due_on
from cycle_deadline c where o.deadline_key = 'cycle-' || c.id;
update reminder_outbox set deadline_kind = upper(substring(deadline_key from '^unit-[0-9]+-(.*)$'))
where deadline_kind is null and deadline_key like 'unit-%';

create index reminder_outbox_digest_idx on reminder_outbox (digest_week, recipient_id) where status = 'PENDING' and digest_week is not null;
create index reminder_outbox_deadline_idx on reminder_outbox (deadline_key, recipient_id);
