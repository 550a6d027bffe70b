-- The national summary of a reporting cycle: one co-edited text ("what goes well / common challenges")
-- per cycle. Written on every committed change; version counts the changes, so a client can tell
-- whether it wrote on top of a change it had not seen.
create table national_summary (
    cycle_id   bigint      primary key references reporting_cycle (id),
    text       text        not null,
    version    bigint      not null default 0,
    updated_by bigint      not null references app_user (id),
    updated_at timestamptz not null,
    constraint national_summary_text_length check (char_length(text) <= 4000)
);

-- Every change of the summary text, credited to its author (append-only): the later change wins in
-- national_summary, the earlier stays here.
create table national_summary_history (
    id         bigserial   primary key,
    cycle_id   bigint      not null references reporting_cycle (id),
    version    bigint      not null,
    old_text   text,
    new_text   text        not null,
    author_id  bigint      not null references app_user (id),
    changed_at timestamptz not null
);

create index national_summary_history_idx on national_summary_history (cycle_id, id);
