-- A member's ballot while it is being built, saved on every change so that a reload or a restart loses nothing.
-- Same encoding as irf_ballot (tiers separated by '|', tied application ids in a tier by ','; '' = nothing ranked
-- yet). Private to the member: never counted, never shown to anyone else; submitting the ballot deletes it.
create table irf_ballot_draft (
    round_id   bigint      not null references irf_round (id),
    member_id  bigint      not null references app_user (id),
    ranking    text        not null,
    updated_at timestamptz not null,
    primary key (round_id, member_id)
);
