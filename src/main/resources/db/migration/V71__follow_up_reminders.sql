-- Follow-up needs of assessments have due dates: remind the responsible region's coordinators.
insert into reminder_rule (kind, offsets, overdue_every_days, overdue_until_days, mandatory, enabled)
values ('FOLLOW_UP_DUE', '30,7,0', 14, 42, false, true)
on conflict (kind) do nothing;

-- The reporting cycles remind of their due dates themselves, per report and only while it is missing
-- (REPORT_DUE); a general "reports due" date on the same day would remind everyone a second time.
delete from cycle_deadline d
where d.kind = 'REPORTS_DUE' and exists (select 1 from reporting_cycle c where c.due_on = d.due_on)
  and not exists (select 1 from reminder_outbox o where o.deadline_key = 'cycle-' || d.id);
