package no.rhf.servicemiljo.assessment.summary;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reporting cycle of its own per test (old report years, so the demo cycle stays the newest), with reports
 * in known states and ratings written straight to the tables the assessments use:
 * <pre>
 *   unit (host regions)                                     status            K1            K2
 *   brannskade (Helse Vest)                                 APPROVED          MET           PARTLY_MET
 *   leppe-kjeve-ganespalte (Helse Sør-Øst + Helse Vest)     IN_SUMMARY        MET           NOT_MET
 *   læring og mestring (Helse Sør-Øst)                      APPROVED          NOT_RELEVANT  –
 *   sjukehusodontologi (Helse Midt-Norge)                   APPROVED          –             –
 *   døvblinde (Helse Nord)                                  ASSESSED          NOT_MET       MET
 *   vestibulære sykdommer (Helse Vest)                      UNDER_ASSESSMENT  MET           MET
 * </pre>
 */
final class SummaryFixtures {

    static final String BURNS = "Nasjonal behandlingstjeneste for avansert brannskadebehandling";
    static final String CLEFT = "Flerregional behandlingstjeneste for leppe-kjeve-ganespalte";
    static final String LEARNING = "Nasjonal kompetansetjeneste for læring og mestring innen helse";
    static final String DENTAL = "Nasjonal kompetansetjeneste for sjukehusodontologi";
    static final String DEAFBLIND = "Nasjonal kompetansetjeneste for døvblinde";
    static final String VESTIBULAR = "Nasjonal kompetansetjeneste for vestibulære sykdommer";

    private static final AtomicInteger YEARS = new AtomicInteger(2000);

    record Seeded(long cycleId, int year, long k1, long k2) {
    }

    private SummaryFixtures() {
    }

    /** The next unused old report year (unique within the test JVM, which shares one database). */
    static int nextYear(JdbcTemplate jdbc) {
        int year;
        do {
            year = YEARS.getAndIncrement();
        } while (jdbc.queryForObject("select count(*) from reporting_cycle where report_year = ?", Integer.class, year) > 0);
        return year;
    }

    /** A cycle created through the service (call signed in as ADMIN), then seeded as in the class comment. */
    static Seeded seed(JdbcTemplate jdbc, long cycleId, int year) {
        List<Long> criteria = jdbc.queryForList("select id from assessment_criterion where cycle_id = ? order by position", Long.class, cycleId);
        long k1 = criteria.get(0);
        long k2 = criteria.get(1);
        report(jdbc, cycleId, BURNS, "APPROVED", "MET", "PARTLY_MET");
        report(jdbc, cycleId, CLEFT, "IN_SUMMARY", "MET", "NOT_MET");
        report(jdbc, cycleId, LEARNING, "APPROVED", "NOT_RELEVANT", null);
        report(jdbc, cycleId, DENTAL, "APPROVED", null, null);
        report(jdbc, cycleId, DEAFBLIND, "ASSESSED", "NOT_MET", "MET");
        report(jdbc, cycleId, VESTIBULAR, "UNDER_ASSESSMENT", "MET", "MET");
        return new Seeded(cycleId, year, k1, k2);
    }

    static long reportId(JdbcTemplate jdbc, long cycleId, String unitName) {
        return jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id where r.cycle_id = ? and u.name_nb = ?",
                Long.class, cycleId, unitName);
    }

    private static void report(JdbcTemplate jdbc, long cycleId, String unitName, String status, String k1, String k2) {
        long report = reportId(jdbc, cycleId, unitName);
        jdbc.update("update annual_report set status = ? where id = ?", status, report);
        List<Long> criteria = jdbc.queryForList("select id from assessment_criterion where cycle_id = ? order by position", Long.class, cycleId);
        long author = jdbc.queryForObject("select id from app_user where username = 'marte.solheim'", Long.class);
        String[] ratings = {k1, k2};
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i] != null) {
                jdbc.update("insert into assessment_value (report_id, field_key, value, updated_by, updated_at) values (?, ?, ?, ?, now())",
                        report, "rating-" + criteria.get(i), ratings[i], author);
            }
        }
    }
}
