package no.rhf.servicemiljo.assessment;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.reminder.ReminderService;
import static no.rhf.servicemiljo.reminder.Mails.subject;
import static no.rhf.servicemiljo.reminder.Mails.to;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reporting cycle's reminders end to end (GreenMail as SMTP): the service contact and the host
 * region's coordinators get the 14-day reminder for a report that is not in; once it is received,
 * nobody is reminded of it again.
 */
class ReportRemindersTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    no.rhf.servicemiljo.base.PublicUrl publicUrl;
    @Autowired
    ReminderService reminders;
    @Autowired
    ReportReceiptService receipts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void cleanOutbox() {
        jdbc.update("delete from reminder_outbox");
    }

    @Test
    void theFourteenDayReminderGoesOutForAMissingReportAndNoneAfterItIsReceived() throws Exception {
        long report = jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id join app_user c on c.id = u.contact_user_id
                join health_trust t on t.id = u.host_trust_id
                where c.username = 'nina.kristiansen' and t.region_id = 2 and u.second_host_trust_id is null and r.status = 'EXPECTED'
                order by r.id limit 1""", Long.class);
        LocalDate due = jdbc.queryForObject("select c.due_on from reporting_cycle c join annual_report r on r.cycle_id = c.id where r.id = ?",
                LocalDate.class, report);
        String unit = jdbc.queryForObject("select u.name_nb from annual_report r join national_unit u on u.id = r.unit_id where r.id = ?",
                String.class, report);

        reminders.plan(due.minusDays(14));
        while (reminders.sendDue(Instant.now()) > 0) {
            // a send run takes at most 100; every unit's contact and the regions' coordinators are due
        }
        MimeMessage toContact = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).startsWith("nina.kristiansen"))
                .filter(m -> subject(m).contains(unit)).findFirst().orElseThrow();
        assertEquals("Påminnelse: Årsrapporten for " + (due.getYear() - 1) + " fra " + unit + " skal leveres – om 14 dager", subject(toContact));
        assertTrue(no.rhf.servicemiljo.reminder.Mails.text(toContact).contains(publicUrl.link("reports/" + report)),
                "the mail links to the report");
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> to(m).startsWith("marte.solheim")
                && subject(m).contains("er ikke mottatt")), "the host region's coordinator gets the region's count");

        signIn("nina.kristiansen");
        receipts.upload(report, "arsrapport.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        reminders.plan(due.minusDays(3));
        List<String> keys = jdbc.queryForList("select deadline_key from reminder_outbox where offset_days = 3", String.class);
        assertTrue(keys.stream().noneMatch(k -> k.equals("report-" + report + "-due")), "received: not reminded again");
    }
}
