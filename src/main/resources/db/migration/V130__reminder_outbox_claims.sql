-- Each reminder's state is committed on its own: a sender claims a row (SENDING, with a claim token and time) in one
-- short transaction, sends, and marks it SENT in another. A row still SENDING after the lease (a sender that died
-- between claiming and marking) is flagged UNCERTAIN for the administrator instead of being sent again blindly.
alter table reminder_outbox add column claim_token varchar(36);
alter table reminder_outbox add column claimed_at timestamptz;
alter table reminder_outbox drop constraint reminder_outbox_status;
alter table reminder_outbox add constraint reminder_outbox_status
    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN'));
create index reminder_outbox_sending_idx on reminder_outbox (claimed_at) where status = 'SENDING';
