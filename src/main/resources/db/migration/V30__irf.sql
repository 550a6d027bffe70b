-- Applications for new national services and the IRF's national ranking of them.

-- One application round per year; every date of the cycle is data because it changes from year to year.
create table irf_round (
    id                           bigserial primary key,
    year                         int         not null unique,
    opens_on                     date        not null,
    regional_deadline            date        not null,
    service_environment_deadline date        not null,
    irf_meeting                  date        not null,
    ministry_deadline            date        not null,
    conflict_policy              varchar(20) not null default 'ABSTAIN',
    phase                        varchar(20) not null default 'RANKING',
    revealed_at                  timestamptz,
    revealed_by                  bigint references app_user (id),
    constraint irf_round_policy_check check (conflict_policy in ('ABSTAIN')),
    constraint irf_round_phase_check check (phase in ('RANKING', 'REVEALED', 'FROZEN'))
);

-- Approval criteria are data per round.
create table irf_criterion (
    id       bigserial primary key,
    round_id bigint       not null references irf_round (id),
    position int          not null,
    text     varchar(500) not null,
    unique (round_id, position)
);

create table irf_application (
    id                   bigserial primary key,
    round_id             bigint       not null references irf_round (id),
    applying_region_id   smallint     not null references region (id),
    host_trust_id        int          not null references health_trust (id),
    second_host_trust_id int references health_trust (id),
    kind                 varchar(40)  not null,
    competence_function  varchar(30),
    title                varchar(300) not null,
    patient_group        varchar(300) not null,
    description          text         not null,
    new_method           boolean      not null default false,
    beslutningsforum_ref varchar(100),
    contact              varchar(200) not null,
    status               varchar(20)  not null default 'DRAFT',
    regional_rank        int,
    attachment_name      varchar(200),
    attachment           bytea,
    version              bigint       not null default 0,
    constraint irf_application_new_method check (not new_method or beslutningsforum_ref is not null),
    constraint irf_application_status_check check (status in ('DRAFT', 'SUBMITTED', 'RECEIVED', 'ON_AGENDA',
        'RANKED', 'SENT_TO_MINISTRY', 'APPROVED', 'REJECTED'))
);
create index irf_application_round_idx on irf_application (round_id, applying_region_id);

create table irf_application_answer (
    application_id bigint not null references irf_application (id) on delete cascade,
    criterion_id   bigint not null references irf_criterion (id),
    answer         text   not null,
    primary key (application_id, criterion_id)
);

create table irf_application_volume (
    application_id bigint   not null references irf_application (id) on delete cascade,
    region_id      smallint not null references region (id),
    patients       int      not null check (patients >= 0),
    primary key (application_id, region_id)
);

-- Conflicts of interest, declared by a member per application.
create table irf_conflict (
    round_id       bigint      not null references irf_round (id),
    member_id      bigint      not null references app_user (id),
    application_id bigint      not null references irf_application (id),
    declared_at    timestamptz not null,
    primary key (round_id, member_id, application_id)
);

-- A member's private ballot: tiers separated by '|', tied application ids in a tier by ','.
create table irf_ballot (
    round_id     bigint      not null references irf_round (id),
    member_id    bigint      not null references app_user (id),
    ranking      text        not null,
    submitted_at timestamptz not null,
    primary key (round_id, member_id)
);

-- The frozen result: written once, never changed (the trigger refuses updates and deletes).
create table irf_frozen_result (
    id              bigserial primary key,
    round_id        bigint       not null unique references irf_round (id),
    frozen_at       timestamptz  not null,
    frozen_by       bigint       not null references app_user (id),
    frozen_by_name  varchar(120) not null,
    method          varchar(40)  not null,
    ballots         text         not null,
    result_csv      text         not null
);

create function irf_frozen_result_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'irf_frozen_result is insert-only';
end;
$$;

create trigger irf_frozen_result_no_change before update or delete on irf_frozen_result
    for each row execute function irf_frozen_result_immutable();
