-- Where to act on a planned reminder's deadline (e.g. reports/12), so that a weekly digest links each line to it.
alter table reminder_outbox add column deadline_path varchar(300);
