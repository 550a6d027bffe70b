package no.rhf.servicemiljo;

import org.springframework.jdbc.core.JdbcTemplate;

/** Annual reports of the demo data that tests open, found by their unit's name. */
public final class TestReports {

    private TestReports() {
    }

    /** The id of the one annual report of the unit named {@code unitName} (bokmål). */
    public static long of(JdbcTemplate jdbc, String unitName) {
        return jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id
                where u.name_nb = ?""", Long.class, unitName);
    }
}
