-- The HTML part of a planned reminder mail (the plain-text part stays in body); null for rows planned before.
alter table reminder_outbox add column body_html text;
