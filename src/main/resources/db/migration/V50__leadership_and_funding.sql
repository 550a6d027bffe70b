-- Leadership of the service environment rotates between the regions.
create table leadership_period (
    id         bigserial primary key,
    region_id  smallint not null references region (id),
    starts_on  date     not null,
    ends_on    date     not null,
    version    bigint   not null default 0,
    constraint leadership_period_dates check (ends_on > starts_on)
);

create index leadership_period_dates_idx on leadership_period (starts_on, ends_on);

-- The handover checklist of a change of leadership (belongs to the incoming period).
create table handover_item (
    id         bigserial primary key,
    period_id  bigint       not null references leadership_period (id),
    sort_order int          not null,
    text       varchar(300) not null,
    done_by    bigint references app_user (id),
    done_at    timestamptz,
    version    bigint       not null default 0
);

create index handover_item_period_idx on handover_item (period_id);

-- Earmarked grant per region and year; the support functions get a share of what is not for rare diagnoses.
create table regional_funding (
    id                    bigserial primary key,
    region_id             smallint      not null references region (id),
    year                  int           not null,
    earmarked_mnok        numeric(8, 1) not null check (earmarked_mnok >= 0),
    rare_diagnoses_mnok   numeric(8, 1) not null default 0 check (rare_diagnoses_mnok >= 0),
    version               bigint        not null default 0,
    constraint regional_funding_unique unique (region_id, year),
    constraint regional_funding_parts check (rare_diagnoses_mnok <= earmarked_mnok)
);
