-- Reorganisation cases: a competence service whose term ends (five options) or a network's year-six
-- evaluation (continue for a new period or not), with the IRF case, its decision and the outcome applied
-- to the registry. Rows are never deleted.
create table reorganisation_case (
    id                    bigserial primary key,
    unit_id               bigint      not null references national_unit (id),
    kind                  varchar(30) not null,
    responsible_region_id smallint    not null references region (id),
    status                varchar(20) not null default 'OPEN',
    background            text,
    irf_date              date,
    irf_reference         varchar(100),
    decision              varchar(40),
    decision_date         date,
    decision_text         text,
    successor_unit_id     bigint references national_unit (id),
    applied_at            timestamptz,
    applied_by            varchar(60),
    created_at            timestamptz not null default now(),
    version               bigint      not null default 0,
    constraint reorganisation_case_kind_check check (kind in ('COMPETENCE_SERVICE', 'NETWORK_EVALUATION')),
    constraint reorganisation_case_status_check check (status in ('OPEN', 'IN_IRF', 'DECIDED', 'IMPLEMENTED', 'CLOSED')),
    constraint reorganisation_case_decided check (status in ('OPEN', 'IN_IRF')
        or (decision is not null and decision_date is not null))
);

-- One case in progress per unit: opening a second one (or two users at once) is refused by the database too.
create unique index reorganisation_case_one_in_progress on reorganisation_case (unit_id)
    where status in ('OPEN', 'IN_IRF', 'DECIDED');
create index reorganisation_case_status_idx on reorganisation_case (status);

-- How users and employee representatives (tillitsvalgte) were involved: who, when, what was said.
create table reorganisation_involvement (
    id           bigserial primary key,
    case_id      bigint       not null references reorganisation_case (id),
    party        varchar(30)  not null,
    participants varchar(500) not null,
    held_on      date         not null,
    summary      text         not null,
    recorded_by  varchar(60),
    created_at   timestamptz  not null default now(),
    constraint reorganisation_involvement_party_check check (party in ('USERS', 'EMPLOYEE_REPRESENTATIVES', 'OTHER'))
);

create index reorganisation_involvement_case_idx on reorganisation_involvement (case_id);

-- A unit's membership or affiliation in a European Reference Network (ERN).
create table ern_membership (
    id            bigserial primary key,
    unit_id       bigint       not null references national_unit (id),
    network       varchar(100) not null,
    status        varchar(30)  not null,
    started_on    date,
    ended_on      date,
    contact_name  varchar(150),
    contact_email varchar(200),
    version       bigint       not null default 0,
    constraint ern_membership_status_check check (status in ('FULL_MEMBER', 'AFFILIATED_PARTNER', 'APPLICANT', 'ENDED')),
    constraint ern_membership_dates check (ended_on is null or started_on is null or ended_on >= started_on)
);

create unique index ern_membership_unit_network on ern_membership (unit_id, lower(network));
create index ern_membership_network_idx on ern_membership (lower(network));
