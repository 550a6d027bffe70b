package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** The fixed dates of the annual cycle (reports due, IRF meeting, ...), stored as data per year. */
@Component
class CycleDeadlines implements DeadlineSource {

    private final JdbcClient jdbc;
    private final UserService users;

    CycleDeadlines(JdbcClient jdbc, UserService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public List<Deadline> deadlinesBetween(LocalDate from, LocalDate to) {
        var rows = jdbc.sql("select id, kind, title_nb, title_en, due_on, audience from cycle_deadline where due_on between ? and ? order by due_on")
                .params(from, to)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6)})
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Deadline.Recipient> coordinators = recipients(Role.REGIONAL_COORDINATOR);
        List<Deadline.Recipient> irf = recipients(Role.IRF_MEMBER);
        return rows.stream().map(r -> new Deadline("cycle-" + r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                "IRF_MEMBERS".equals(r[5]) ? irf : coordinators)).toList();
    }

    private List<Deadline.Recipient> recipients(Role role) {
        return users.activeUsersWithRole(role).stream().map(Deadline.Recipient::of).toList();
    }
}
