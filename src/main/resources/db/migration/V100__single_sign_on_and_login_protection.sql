-- Single sign-on: a user signed in through an OpenID Connect provider is linked by the provider's issuer and
-- subject claim (stable, never the display name). Such users have no local password.
alter table app_user add column oidc_issuer varchar(300);
alter table app_user add column oidc_subject varchar(255);
alter table app_user alter column password_hash drop not null;
alter table app_user add constraint app_user_oidc_pair check ((oidc_issuer is null) = (oidc_subject is null));
create unique index app_user_oidc_uq on app_user (oidc_issuer, oidc_subject) where oidc_issuer is not null;

-- Settings ADMIN changes at run time (for example whether local login is open to everyone).
create table app_setting (
    name       varchar(60) primary key,
    value      varchar(200) not null,
    updated_at timestamptz  not null default now(),
    updated_by varchar(60)
);

insert into app_setting (name, value) values ('local-login-enabled', 'true');

-- Security audit: sign-in failures, lockouts, roles and regions set from a provider's groups, setting changes.
create table security_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    kind        varchar(40)  not null,
    username    varchar(200),
    address     varchar(100),
    detail      varchar(1000)
);

create index security_event_time_idx on security_event (occurred_at desc);
create index security_event_user_idx on security_event (lower(username), occurred_at desc);
