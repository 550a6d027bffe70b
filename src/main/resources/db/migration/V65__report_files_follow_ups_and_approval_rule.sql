-- The annual report itself as PDF. Every upload is kept (a new one supersedes, never overwrites), with its
-- checksum, so a replaced report can still be found.
create table annual_report_file (
    id          bigserial primary key,
    report_id   bigint       not null references annual_report (id),
    file_name   varchar(200) not null,
    size_bytes  int          not null,
    sha256      char(64)     not null,
    content     bytea        not null,
    uploaded_by bigint       not null references app_user (id),
    uploaded_at timestamptz  not null
);

create index annual_report_file_report_idx on annual_report_file (report_id, id);

-- Follow-up needs of an assessment: structured items with the region responsible and a due date.
create table assessment_follow_up (
    id          bigserial primary key,
    report_id   bigint        not null references annual_report (id),
    description varchar(1000) not null,
    region_id   smallint      not null references region (id),
    due_on      date          not null,
    done        boolean       not null default false,
    created_by  bigint        not null references app_user (id),
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);

create index assessment_follow_up_report_idx on assessment_follow_up (report_id, id);

-- The rule for "approved by the reference group", chosen per cycle.
alter table reporting_cycle add column approval_rule varchar(30) not null default 'CHAIR_AND_MAJORITY';
alter table reporting_cycle add constraint reporting_cycle_approval_rule
    check (approval_rule in ('CHAIR_AND_MAJORITY', 'MAJORITY', 'CHAIR', 'ALL'));
