package no.rhf.servicemiljo.irf;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The audit trail of an application or a round, newest first, for those who may read the application or round. */
@Service
@Transactional(readOnly = true)
public class IrfHistoryService {

    private final JdbcClient jdbc;
    private final ApplicationService applications;

    IrfHistoryService(JdbcClient jdbc, ApplicationService applications) {
        this.jdbc = jdbc;
        this.applications = applications;
    }

    /** Checks first that the user may read the application (a draft of another region is refused). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public List<IrfHistoryEntry> applicationHistory(long applicationId) {
        applications.application(applicationId);
        return jdbc.sql(SELECT + " where c.application_id = ? order by c.changed_at desc, c.id desc")
                .param(applicationId).query(this::map).list();
    }

    /** The round's own changes (dates, phase), not its applications'. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public List<IrfHistoryEntry> roundHistory(long roundId) {
        applications.round(roundId);
        return jdbc.sql(SELECT + " where c.round_id = ? and c.application_id is null order by c.changed_at desc, c.id desc")
                .param(roundId).query(this::map).list();
    }

    private static final String SELECT = """
            select c.changed_at, coalesce(u.full_name, c.username) who, c.field, c.subject, c.old_value, c.new_value
            from irf_change c left join app_user u on u.username = c.username""";

    private IrfHistoryEntry map(ResultSet rs, int row) throws SQLException {
        String field = rs.getString("field");
        return new IrfHistoryEntry(rs.getTimestamp("changed_at").toInstant(), rs.getString("who"), field,
                rs.getString("subject"), typed(field, rs.getString("old_value")), typed(field, rs.getString("new_value")));
    }

    /** The stored text back as the value it was, so that enums and dates are shown as labels in the user's language. */
    static Object typed(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "irf.history.status" -> ApplicationStatus.valueOf(value);
            case "irf.history.phase" -> RoundPhase.valueOf(value);
            case "irf.application.kind" -> UnitKind.valueOf(value);
            case "irf.application.function" -> CompetenceFunction.valueOf(value);
            case "irf.application.new-method" -> Boolean.valueOf(value);
            case "irf.round.opens", "irf.round.regional-deadline", "irf.round.service-environment-deadline",
                 "irf.round.irf-meeting", "irf.round.ministry-deadline" -> LocalDate.parse(value);
            default -> value;
        };
    }
}
