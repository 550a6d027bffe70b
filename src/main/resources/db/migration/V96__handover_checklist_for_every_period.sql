-- The handover checklist is created with its period (LeadershipService.savePeriod). Periods that have not ended and
-- have no checklist get the standard one, so that the next change of leadership has a checklist to work on.
insert into handover_item (period_id, sort_order, text)
select p.id, s.sort_order, s.text
from leadership_period p
cross join (values
    (1, 'Overlevere oversikt over saker til IRF og status i årshjulet'),
    (2, 'Overføre ansvar for nasjonal oppsummering av årsrapporter'),
    (3, 'Oppdatere kontaktlister for regionale noder og referansegrupper'),
    (4, 'Gjennomgå åpne oppfølgingspunkter fra forrige periode'),
    (5, 'Avtale overlappingsmøte mellom avtroppende og påtroppende leder'),
    (6, 'Informere Helsedirektoratet og HOD om ny ledelse')) as s (sort_order, text)
where p.ends_on >= current_date
  and not exists (select 1 from handover_item i where i.period_id = p.id);
