package no.rhf.servicemiljo.leadership;

import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineSource;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The handover checklist's open items as deadlines ({@code HANDOVER_DUE}), due on the day the incoming period starts,
 * for the coordinators of the incoming and the outgoing region (who tick them). A ticked item has no deadline: it
 * leaves Mine oppgaver, Mine frister and the reminders. One query, plus the coordinators.
 */
@Component
class HandoverDeadlines implements DeadlineSource {

    static final String KIND = "HANDOVER_DUE";

    private final JdbcClient jdbc;
    private final UserService users;

    HandoverDeadlines(JdbcClient jdbc, UserService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    private record Item(long id, String text, LocalDate dueOn, short incoming, Short outgoing) {
    }

    @Override
    public List<Deadline> deadlinesBetween(LocalDate from, LocalDate to) {
        List<Item> open = jdbc.sql("""
                select i.id, i.text, p.starts_on, p.region_id,
                       (select o.region_id from leadership_period o where o.ends_on < p.starts_on order by o.ends_on desc limit 1)
                from handover_item i join leadership_period p on p.id = i.period_id
                where i.done_at is null and p.starts_on between ? and ? order by p.starts_on, i.sort_order, i.id
                """).params(from, to).query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getShort(4), (Short) rs.getObject(5, Short.class))).list();
        if (open.isEmpty()) {
            return List.of();
        }
        var coordinators = users.activeUsersWithRole(Role.REGIONAL_COORDINATOR);
        return open.stream().map(item -> new Deadline("handover-item-" + item.id(), KIND, "Overlevering: " + item.text(),
                "Handover: " + item.text(), item.dueOn(), coordinators.stream()
                .filter(c -> c.getRegion() != null && (c.getRegion().getId() == item.incoming()
                        || (item.outgoing() != null && c.getRegion().getId().equals(item.outgoing()))))
                .map(Deadline.Recipient::of).toList(), "leadership")).toList();
    }

    @Override
    public boolean tracksDone(Deadline deadline) {
        return true;
    }
}
