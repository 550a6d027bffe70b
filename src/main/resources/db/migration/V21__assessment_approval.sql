-- Reference-group members' approvals of an assessed report, each with its time.
create table assessment_approval (
    report_id   bigint      not null references annual_report (id),
    user_id     bigint      not null references app_user (id),
    approved_at timestamptz not null,
    primary key (report_id, user_id)
);

-- Status changes of a report that people make (assessed, approved, reopened), for the record.
create table annual_report_event (
    id        bigserial primary key,
    report_id bigint      not null references annual_report (id),
    event     varchar(30) not null,
    user_id   bigint references app_user (id),
    at        timestamptz not null
);
