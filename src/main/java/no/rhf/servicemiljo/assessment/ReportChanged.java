package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.base.DataChanged;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report's status or receipt changed: the open screens that show its cycle (the report list, the national
 * summary, the dashboard's reporting panel) refresh after the commit; the others are left alone.
 */
public record ReportChanged(long reportId, long cycleId) implements DataChanged {

    /** The change of report {@code reportId}, with its cycle read from the database. */
    static ReportChanged of(JdbcClient jdbc, long reportId) {
        long cycleId = jdbc.sql("select cycle_id from annual_report where id = ?").param(reportId).query(Long.class).optional().orElse(0L);
        return new ReportChanged(reportId, cycleId);
    }

    /** Whether this change is about a report of cycle {@code id}. */
    public boolean inCycle(long id) {
        return cycleId == id;
    }
}
