-- Independent ratings first (issue 17, part 1): a cycle may ask each reference-group member to rate privately first.
alter table reporting_cycle add column independent_first boolean not null default false;

-- A member's private rating of one criterion (the shared assessment's scale) with an optional short note.
create table private_rating (
    report_id    bigint       not null references annual_report (id),
    user_id      bigint       not null references app_user (id),
    criterion_id bigint       not null references assessment_criterion (id),
    rating       varchar(20)  not null,
    note         varchar(500) not null default '',
    updated_at   timestamptz  not null,
    primary key (report_id, user_id, criterion_id),
    constraint private_rating_value check (rating in ('MET', 'PARTLY_MET', 'NOT_MET', 'NOT_RELEVANT', ''))
);

-- A member's submission: after it the member's private ratings of the report are immutable.
create table private_rating_submission (
    report_id    bigint      not null references annual_report (id),
    user_id      bigint      not null references app_user (id),
    submitted_at timestamptz not null,
    primary key (report_id, user_id)
);

-- The chair opened the submitted private ratings for all members (this ends the private phase).
create table private_rating_opening (
    report_id bigint      primary key references annual_report (id),
    opened_by bigint      not null references app_user (id),
    opened_at timestamptz not null
);

-- Agenda from disagreement (part 2): a reference-group meeting of one chair in one cycle.
create table meeting_agenda (
    id           bigserial primary key,
    cycle_id     bigint       not null references reporting_cycle (id),
    chair_id     bigint       not null references app_user (id),
    meeting_date date,
    place        varchar(200) not null default '',
    constraint meeting_agenda_unique unique (cycle_id, chair_id)
);

create table meeting_agenda_item (
    id           bigserial primary key,
    agenda_id    bigint       not null references meeting_agenda (id),
    position     int          not null,
    title        varchar(300) not null,
    report_id    bigint references annual_report (id),
    criterion_id bigint references assessment_criterion (id)
);
create index meeting_agenda_item_agenda on meeting_agenda_item (agenda_id, position);
