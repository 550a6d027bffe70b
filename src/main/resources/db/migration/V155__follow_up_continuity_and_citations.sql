-- Continuity across years: last year's open follow-up needs of a unit, carried into its report of the new cycle,
-- each closed there with a status and a comment. What the item said is kept here too, so deleting the old item
-- later loses nothing. Carried over exactly once per new report: the unique constraint makes a second run (a
-- re-run, a second node at the same time) insert nothing.
create table follow_up_carry_over (
    id                  bigserial primary key,
    report_id           bigint        not null references annual_report (id) on delete cascade,
    source_follow_up_id bigint        references assessment_follow_up (id) on delete set null,
    source_report_id    bigint        not null references annual_report (id) on delete cascade,
    description         varchar(1000) not null,
    region_id           smallint      not null references region (id),
    due_on              date          not null,
    closing_status      varchar(30),
    closing_comment     varchar(1000),
    closed_by           bigint references app_user (id),
    closed_at           timestamptz,
    version             bigint        not null default 0,
    constraint follow_up_carry_over_once unique (report_id, source_follow_up_id),
    constraint follow_up_carry_over_status check (closing_status in ('DONE', 'PARTLY_DONE', 'NOT_DONE', 'NO_LONGER_RELEVANT'))
);

create index follow_up_carry_over_report_idx on follow_up_carry_over (report_id, id);
create index follow_up_carry_over_source_idx on follow_up_carry_over (source_report_id);

-- Evidence anchoring: a rating, comment, conclusion or recommendation cites a page of the uploaded report (the
-- upload it was made against), optionally with a quoted passage.
create table assessment_citation (
    id         bigserial primary key,
    report_id  bigint       not null references annual_report (id) on delete cascade,
    field_key  varchar(60)  not null,
    file_id    bigint       not null references annual_report_file (id) on delete cascade,
    page       int          not null,
    quote      varchar(500),
    created_by bigint       not null references app_user (id),
    created_at timestamptz  not null,
    constraint assessment_citation_page check (page between 1 and 100000)
);

create index assessment_citation_report_idx on assessment_citation (report_id, field_key, id);

-- The number of pages of an uploaded PDF, read once when first needed (null: not yet read or not readable).
alter table annual_report_file add column page_count int;
