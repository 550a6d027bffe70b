package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published events as deadlines of kind {@value #KIND} on their day: in the årshjul, the calendar feed and Mine frister
 * of everyone with a seat, and reminded by the reminder rule of that kind (ADMIN sets the days before). The overview
 * (ADMIN, coordinators, observers) also shows events nobody has registered for yet, with the organiser as the one to act.
 */
@Component
class ArenaDeadlines implements DeadlineSource {

    static final String KIND = "ARENA_EVENT";

    private final JdbcClient jdbc;

    ArenaDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Deadline> deadlinesBetween(LocalDate from, LocalDate to) {
        return query(from, to, false);
    }

    @Override
    public List<Deadline> overviewBetween(LocalDate from, LocalDate to) {
        return query(from, to, true);
    }

    private List<Deadline> query(LocalDate from, LocalDate to, boolean withOrganiser) {
        record Row(long id, String title, LocalDate day, Long userId, String name, String email, String locale) {
        }
        List<Row> rows = jdbc.sql("""
                select e.id, e.title, cast(e.starts_at at time zone 'Europe/Oslo' as date) as day,
                       u.id, u.full_name, u.email, u.locale
                from arena_event e
                left join arena_participant p on p.event_id = e.id and p.status = 'REGISTERED'
                left join app_user u on u.id = coalesce(p.user_id, case when :organiser then e.created_by end) and u.active
                where e.status = 'PUBLISHED'
                  and cast(e.starts_at at time zone 'Europe/Oslo' as date) between :from and :to
                union
                select e.id, e.title, cast(e.starts_at at time zone 'Europe/Oslo' as date), u.id, u.full_name, u.email, u.locale
                from arena_event e join app_user u on u.id = e.created_by and u.active
                where :organiser and e.status = 'PUBLISHED'
                  and cast(e.starts_at at time zone 'Europe/Oslo' as date) between :from and :to
                order by 3, 1
                """).param("from", from).param("to", to).param("organiser", withOrganiser)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), (Long) rs.getObject(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        Map<Long, List<Row>> byEvent = new LinkedHashMap<>();
        rows.forEach(r -> byEvent.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        List<Deadline> result = new ArrayList<>();
        byEvent.forEach((id, list) -> {
            Map<Long, Deadline.Recipient> recipients = new HashMap<>();
            list.stream().filter(r -> r.userId() != null)
                    .forEach(r -> recipients.putIfAbsent(r.userId(), new Deadline.Recipient(r.userId(), r.name(), r.email(), r.locale())));
            Row first = list.getFirst();
            result.add(new Deadline("arena-" + id, KIND, first.title(), first.title(), first.day(), List.copyOf(recipients.values()),
                    "arenas/" + id));
        });
        return result;
    }
}
