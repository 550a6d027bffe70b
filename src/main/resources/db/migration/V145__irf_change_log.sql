-- Who changed what in an IRF application or round, before and after (the IRF data is written with plain SQL, not
-- through audited entities, so the service writes the change log itself, one row per changed field).
create table irf_change (
    id             bigserial    primary key,
    round_id       bigint       not null references irf_round (id) on delete cascade,
    application_id bigint       references irf_application (id) on delete cascade,
    changed_at     timestamptz  not null default now(),
    username       varchar(100) not null,
    field          varchar(80)  not null,
    subject        varchar(300),
    old_value      text,
    new_value      text
);

create index irf_change_application on irf_change (application_id, changed_at);
create index irf_change_round on irf_change (round_id, changed_at) where application_id is null;
