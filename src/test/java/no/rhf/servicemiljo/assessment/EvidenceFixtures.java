package no.rhf.servicemiljo.assessment;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;

/** Helpers of the continuity and evidence tests: free report years, a Helse Vest unit's report, a real PDF. */
public final class EvidenceFixtures {

    /** A unit hosted by Helse Vest only (Marte Solheim coordinates it; Erik Dahl is in its reference group). */
    public static final String VEST_UNIT = """
            select u.id from national_unit u join health_trust h on h.id = u.host_trust_id
            join reference_group_member m on m.unit_id = u.id join app_user a on a.id = m.user_id
            where h.region_id = 2 and u.second_host_trust_id is null and a.username = 'erik.dahl' and m.ends_on is null
            order by u.id limit 1""";

    private EvidenceFixtures() {
    }

    /** The first year from {@code from} upward such that neither it nor the next year has a cycle. */
    public static int twoFreeYears(JdbcTemplate jdbc, int from) {
        int year = from;
        while (jdbc.queryForObject("select count(*) from reporting_cycle where report_year in (?, ?)", Integer.class, year, year + 1) > 0) {
            year += 2;
        }
        return year;
    }

    public static long reportOf(JdbcTemplate jdbc, long cycleId, long unitId) {
        return jdbc.queryForObject("select id from annual_report where cycle_id = ? and unit_id = ?", Long.class, cycleId, unitId);
    }

    /** A real PDF of {@code pages} pages. */
    public static byte[] pdf(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        for (int i = 1; i <= pages; i++) {
            if (i > 1) {
                document.newPage();
            }
            document.add(new Paragraph("Årsrapport, side " + i));
        }
        document.close();
        return out.toByteArray();
    }
}
