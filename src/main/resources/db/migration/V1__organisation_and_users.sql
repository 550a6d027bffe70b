-- The four regional health authorities (RHF) and their health trusts (HF).
create table region (
    id         smallint primary key,
    code       varchar(20)  not null unique,
    name       varchar(100) not null unique,
    sort_order smallint     not null
);

insert into region (id, code, name, sort_order) values
    (1, 'HSO', 'Helse Sør-Øst', 1),
    (2, 'HV',  'Helse Vest', 2),
    (3, 'HMN', 'Helse Midt-Norge', 3),
    (4, 'HN',  'Helse Nord', 4);

create table health_trust (
    id        serial primary key,
    region_id smallint     not null references region (id),
    name      varchar(150) not null unique
);

insert into health_trust (region_id, name) values
    (1, 'Akershus universitetssykehus'),
    (1, 'Oslo universitetssykehus'),
    (1, 'Sunnaas sykehus'),
    (1, 'Sykehuset i Vestfold'),
    (1, 'Sykehuset Innlandet'),
    (1, 'Sykehuset Telemark'),
    (1, 'Sykehuset Østfold'),
    (1, 'Sørlandet sykehus'),
    (1, 'Vestre Viken'),
    (2, 'Helse Stavanger'),
    (2, 'Helse Fonna'),
    (2, 'Helse Bergen'),
    (2, 'Helse Førde'),
    (3, 'Helse Møre og Romsdal'),
    (3, 'St. Olavs hospital'),
    (3, 'Helse Nord-Trøndelag'),
    (4, 'Universitetssykehuset Nord-Norge'),
    (4, 'Nordlandssykehuset'),
    (4, 'Helgelandssykehuset'),
    (4, 'Finnmarkssykehuset');

create index health_trust_region_idx on health_trust (region_id);

-- Local user accounts. Users are deactivated, never deleted, so that history keeps its authors.
create table app_user (
    id            bigserial primary key,
    username      varchar(60)  not null,
    full_name     varchar(120) not null,
    email         varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(30)  not null,
    region_id     smallint references region (id),
    locale        varchar(10)  not null default 'nb',
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint app_user_role_check check (role in ('ADMIN', 'REGIONAL_COORDINATOR', 'REFERENCE_GROUP_MEMBER',
                                                   'IRF_MEMBER', 'SERVICE_CONTACT', 'OBSERVER')),
    constraint app_user_coordinator_region check (role <> 'REGIONAL_COORDINATOR' or region_id is not null)
);

create unique index app_user_username_uq on app_user (lower(username));
