-- Co-edited text: every stored edit of every co-edited text, in order, credited to its author. A client
-- says which version it edited; the server transforms its edit over those stored since (operational
-- transformation), so concurrent edits merge instead of overwriting each other. (origin, seq) names an
-- edit as its browser sent it: a browser that lost its connection sends it again, and it is stored once.
create table text_edit (
    doc_key   varchar(80) not null,
    version   bigint      not null,
    operation text        not null,
    author_id bigint      not null references app_user (id),
    origin    varchar(60) not null,
    seq       bigint      not null,
    edited_at timestamptz not null,
    primary key (doc_key, version),
    constraint text_edit_once unique (doc_key, origin, seq)
);

-- The histories keep one entry per person per pause in typing: what that person added and removed
-- (their own characters only, even when others typed at the same time), and the text after it.
alter table assessment_value_history
    add column version       bigint,
    add column inserted      text,
    add column removed       text,
    add column edit_position int;

alter table national_summary_history
    add column inserted      text,
    add column removed       text,
    add column edit_position int;
