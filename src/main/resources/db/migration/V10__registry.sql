-- The followed-up units: national services, quality and competence networks, national centres.
create table national_unit (
    id                      bigserial primary key,
    kind                    varchar(40)  not null,
    name_nb                 varchar(250) not null,
    name_en                 varchar(250),
    host_trust_id           integer      not null references health_trust (id),
    second_host_trust_id    integer references health_trust (id),
    description             text,
    approval_date           date,
    competence_function     varchar(30),
    term_end                date,
    term_end_reason         varchar(500),
    status                  varchar(30)  not null default 'ACTIVE',
    reorganisation_option   varchar(40),
    successor_id            bigint references national_unit (id),
    website                 varchar(500),
    contact_user_id         bigint references app_user (id),
    icd10_codes             varchar(500),
    funding_frame_mnok      smallint,
    funding_start           date,
    funding_end             date,
    year_six_evaluation     date,
    created_at              timestamptz  not null default now(),
    version                 bigint       not null default 0,
    constraint national_unit_kind_check check (kind in ('NATIONAL_TREATMENT_SERVICE', 'MULTI_REGIONAL_TREATMENT_SERVICE',
        'NATIONAL_COMPETENCE_SERVICE', 'QUALITY_COMPETENCE_NETWORK', 'NATIONAL_CENTRE')),
    constraint national_unit_status_check check (status in ('ACTIVE', 'UNDER_REORGANISATION', 'CLOSED', 'CONTINUED')),
    constraint national_unit_second_host check ((kind = 'MULTI_REGIONAL_TREATMENT_SERVICE') = (second_host_trust_id is not null)),
    constraint national_unit_funding_frame check (funding_frame_mnok is null or funding_frame_mnok in (1, 2))
);

create index national_unit_host_idx on national_unit (host_trust_id);
create index national_unit_second_host_idx on national_unit (second_host_trust_id);
create index national_unit_kind_status_idx on national_unit (kind, status);
create index national_unit_name_idx on national_unit (lower(name_nb));

-- Members of a unit's reference group (faglig referansegruppe). Ending a membership sets ends_on;
-- rows are never deleted, so the group's history stays.
create table reference_group_member (
    id           bigserial primary key,
    unit_id      bigint       not null references national_unit (id),
    seat_type    varchar(30)  not null,
    region_id    smallint references region (id),
    person_name  varchar(150) not null,
    email        varchar(200),
    user_id      bigint references app_user (id),
    chair        boolean      not null default false,
    appointed_on date         not null,
    ends_on      date,
    version      bigint       not null default 0,
    constraint reference_group_member_seat_check check (seat_type in ('RHF_REPRESENTATIVE', 'USER_REPRESENTATIVE', 'SERVICE_REPRESENTATIVE')),
    constraint reference_group_member_rhf_region check (seat_type <> 'RHF_REPRESENTATIVE' or region_id is not null),
    constraint reference_group_member_dates check (ends_on is null or ends_on >= appointed_on)
);

create index reference_group_member_unit_idx on reference_group_member (unit_id);
create index reference_group_member_user_idx on reference_group_member (user_id);

-- Audit trail (Hibernate Envers): who changed what and when, with old and new values.
create sequence audit_revision_seq start with 1 increment by 50;

create table audit_revision (
    id        bigint primary key,
    timestamp bigint      not null,
    username  varchar(60)
);

create table national_unit_aud (
    id                      bigint   not null,
    rev                     bigint   not null references audit_revision (id),
    revtype                 smallint,
    kind                    varchar(40),
    name_nb                 varchar(250),
    name_en                 varchar(250),
    host_trust_id           integer,
    second_host_trust_id    integer,
    description             text,
    approval_date           date,
    competence_function     varchar(30),
    term_end                date,
    term_end_reason         varchar(500),
    status                  varchar(30),
    reorganisation_option   varchar(40),
    successor_id            bigint,
    website                 varchar(500),
    contact_user_id         bigint,
    icd10_codes             varchar(500),
    funding_frame_mnok      smallint,
    funding_start           date,
    funding_end             date,
    year_six_evaluation     date,
    primary key (id, rev)
);

create table reference_group_member_aud (
    id           bigint   not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    unit_id      bigint,
    seat_type    varchar(30),
    region_id    smallint,
    person_name  varchar(150),
    email        varchar(200),
    user_id      bigint,
    chair        boolean,
    appointed_on date,
    ends_on      date,
    primary key (id, rev)
);

create index reference_group_member_aud_unit_idx on reference_group_member_aud (unit_id);
