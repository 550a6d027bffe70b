-- A reporting cycle: the reports for one year, with its deadlines as data.
create table reporting_cycle (
    id                   bigserial primary key,
    report_year          int  not null unique,
    due_on               date not null,
    assessment_deadline  date not null,
    approval_deadline    date not null,
    created_at           timestamptz not null default now()
);

-- The assessment template of a cycle: ordered criteria. Criteria are retired, never deleted, once used.
create table assessment_criterion (
    id        bigserial primary key,
    cycle_id  bigint       not null references reporting_cycle (id),
    position  int          not null,
    title     varchar(200) not null,
    guidance  varchar(2000) not null,
    retired   boolean      not null default false
);

create table annual_report (
    id            bigserial primary key,
    cycle_id      bigint      not null references reporting_cycle (id),
    unit_id       bigint      not null references national_unit (id),
    status        varchar(30) not null default 'EXPECTED',
    received_on   date,
    erapport_link varchar(500),
    version       bigint      not null default 0,
    constraint annual_report_unique unique (cycle_id, unit_id),
    constraint annual_report_status check (status in ('EXPECTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'APPROVED', 'IN_SUMMARY'))
);

-- One row per field of an assessment: written on every committed change, so nothing waits for a Save button.
create table assessment_value (
    report_id  bigint       not null references annual_report (id),
    field_key  varchar(60)  not null,
    value      text         not null,
    version    bigint       not null default 1,
    updated_by bigint       not null references app_user (id),
    updated_at timestamptz  not null,
    primary key (report_id, field_key)
);

-- Every change of every field, credited to its author: the history that makes restore possible.
create table assessment_value_history (
    id         bigserial primary key,
    report_id  bigint      not null references annual_report (id),
    field_key  varchar(60) not null,
    old_value  text,
    new_value  text        not null,
    author_id  bigint      not null references app_user (id),
    changed_at timestamptz not null
);

create index assessment_value_history_idx on assessment_value_history (report_id, field_key, id);

create table assessment_message (
    id        bigserial primary key,
    report_id bigint        not null references annual_report (id),
    author_id bigint        not null references app_user (id),
    text      varchar(4000) not null,
    sent_at   timestamptz   not null
);

create index assessment_message_report_idx on assessment_message (report_id, sent_at);
