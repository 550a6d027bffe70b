-- The revision of an event's calendar entry (RFC 5545 SEQUENCE): raised when a published event's time, place or title
-- changes and when it is cancelled, so that the participants' calendar programs replace the entry they have.
alter table arena_event add column calendar_sequence int not null default 0;
