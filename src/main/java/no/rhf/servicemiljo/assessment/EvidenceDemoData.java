package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * For continuity and evidence: the first assessed demo report (a Helse Vest unit, waiting for Erik Dahl's approval)
 * gets its annual report as a six-page PDF, two citations of its pages and two open follow-up needs, which are
 * carried into the unit's next report when ADMIN opens the next cycle.
 */
@Component
class EvidenceDemoData implements DemoDataSeeder {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 710; // after AssessmentDemoData
    }

    @Override
    @Transactional
    public void seed() {
        if (jdbc.sql("select count(*) from assessment_citation").query(Long.class).single() > 0) {
            return;
        }
        var report = jdbc.sql("""
                select r.id, r.cycle_id, u.name_nb from annual_report r join national_unit u on u.id = r.unit_id
                where r.status = 'ASSESSED' order by r.id limit 1""")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)}).optional();
        var author = jdbc.sql("select id from app_user where username = 'marte.solheim'").query(Long.class).optional();
        if (report.isEmpty() || author.isEmpty()) {
            return;
        }
        long reportId = (long) report.get()[0];
        long cycleId = (long) report.get()[1];
        byte[] pdf = pdf((String) report.get()[2]);
        long fileId = jdbc.sql("""
                insert into annual_report_file (report_id, file_name, size_bytes, sha256, content, uploaded_by, uploaded_at, page_count)
                values (?, 'Årsrapport.pdf', ?, ?, ?, ?, now(), 6) returning id""")
                .params(reportId, pdf.length, sha256(pdf), pdf, author.get())
                .query(Long.class).single();
        List<Long> criteria = jdbc.sql("select id from assessment_criterion where cycle_id = ? and not retired order by position").param(cycleId)
                .query(Long.class).list();
        cite(reportId, "rating-" + criteria.get(0), fileId, 2, "Pasientvolumet har økt jevnt de tre siste årene.", author.get());
        cite(reportId, "comment-" + criteria.get(3), fileId, 4, null, author.get());
        LocalDate due = LocalDate.now(clock).plusMonths(5);
        for (String need : List.of("Legge ut henvisningskriteriene og målene på nettsiden", "Rekruttere en brukerrepresentant til referansegruppen")) {
            jdbc.sql("""
                    insert into assessment_follow_up (report_id, description, region_id, due_on, created_by, created_at)
                    values (?, ?, 2, ?, ?, now())""").params(reportId, need, due, author.get()).update();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void cite(long reportId, String field, long fileId, int page, String quote, long author) {
        jdbc.sql("insert into assessment_citation (report_id, field_key, file_id, page, quote, created_by, created_at) values (?, ?, ?, ?, ?, ?, now())")
                .params(reportId, field, fileId, page, quote, author).update();
    }

    private static byte[] pdf(String unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        String[] pages = {"Årsrapport: " + unit, "Pasientbehandling: pasientvolumet har økt jevnt de tre siste årene.",
                "Kompetansespredning og veiledning", "Likeverdig tilgang: henvisninger fra alle fire regioner", "Forskning og fagutvikling",
                "Brukermedvirkning og nettside"};
        for (int i = 0; i < pages.length; i++) {
            if (i > 0) {
                document.newPage();
            }
            document.add(new Paragraph(pages[i]));
            document.add(new Paragraph("Side " + (i + 1)));
        }
        document.close();
        return out.toByteArray();
    }
}
