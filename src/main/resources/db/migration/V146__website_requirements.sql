-- The requirements for each service's website ("Krav til innhold på nettsider"): a checklist per year that ADMIN
-- edits (a year's list is copied from the year before when the year is first opened), and one assessment per unit
-- per year, a result per criterion with a link and a note, done by the host region's coordinator.
create table website_year (
    year        int         primary key,
    deadline    date        not null,
    opened_at   timestamptz not null default now()
);

create table website_criterion (
    id             bigserial    primary key,
    year           int          not null references website_year (year),
    position       int          not null,
    text           varchar(300) not null,
    -- the criterion about matching pages of a multi-regional service: both hosts' pages are linked
    matching_pages boolean      not null default false,
    retired        boolean      not null default false
);

create index website_criterion_year on website_criterion (year, position);

create table website_answer (
    unit_id       bigint        not null references national_unit (id) on delete cascade,
    criterion_id  bigint        not null references website_criterion (id),
    result        varchar(20)   not null check (result in ('MET', 'PARTLY_MET', 'NOT_MET')),
    link          varchar(500),
    second_link   varchar(500),
    note          varchar(2000),
    updated_at    timestamptz   not null default now(),
    updated_by    varchar(100)  not null,
    primary key (unit_id, criterion_id)
);

insert into reminder_rule (kind, offsets, overdue_every_days, overdue_until_days, mandatory, enabled) values
    ('WEBSITE_ASSESSMENT_DUE', '14,3,0', 7, 14, false, true);
