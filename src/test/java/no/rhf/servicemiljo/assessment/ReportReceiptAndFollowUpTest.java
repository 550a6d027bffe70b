package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.reminder.Deadline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Receipt of the report (upload, eRapport), follow-up needs, and the reporting cycle's state-aware deadlines. */
class ReportReceiptAndFollowUpTest extends ServiceTest {

    private static final byte[] PDF = "%PDF-1.7\n% Årsrapport æøå\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReportReceiptService receipts;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ReportDeadlines deadlines;
    @Autowired
    JdbcTemplate jdbc;

    /** An expected report of a unit whose service contact is Per Olsen (Helse Sør-Øst); {@code n} picks one per test. */
    private long expectedReportOfPer(int n) {
        return jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id join app_user c on c.id = u.contact_user_id
                join health_trust t on t.id = u.host_trust_id
                where c.username = 'per.olsen' and t.region_id = 1 and u.second_host_trust_id is null and r.status = 'EXPECTED'
                order by r.id offset ? limit 1
                """, Long.class, n);
    }

    @Test
    void theServiceContactUploadsThePdfAndTheReportIsReceivedButTheAssessmentStaysHiddenUntilApproved() {
        long report = expectedReportOfPer(0);
        signIn(TestUsers.SERVICE_CONTACT);
        assertTrue(assessments.reports(assessments.report(report).cycleId()).stream().anyMatch(r -> r.id() == report),
                "the contact sees the unit's report in the list");
        var file = receipts.upload(report, "C:\\Users\\per\\Årsrapport 2025.pdf", PDF);
        assertEquals("Årsrapport 2025.pdf", file.fileName(), "no path in the stored name");
        assertEquals("Per Olsen", file.uploadedBy());
        assertEquals("RECEIVED", assessments.report(report).status());
        assertEquals(LocalDate.now(), assessments.report(report).receivedOn());
        assertArrayEquals(PDF, receipts.content(file.id()));
        assertThrows(AccessDeniedException.class, () -> assessments.values(report), "the assessment is not approved yet");

        receipts.upload(report, "rettet.pdf", PDF);
        assertEquals(List.of("rettet.pdf", "Årsrapport 2025.pdf"), receipts.files(report).stream().map(f -> f.fileName()).toList(),
                "a new upload supersedes, the earlier one is kept");

        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> receipts.files(report), "another region's coordinator");
        assertThrows(AccessDeniedException.class, () -> receipts.upload(report, "x.pdf", PDF));
        signIn("nina.kristiansen");
        assertThrows(AccessDeniedException.class, () -> receipts.content(file.id()), "another unit's contact");
    }

    @Test
    void aWrongTypeOrTooLargeFileIsRefusedAtTheFieldAndNothingIsStored() {
        long report = expectedReportOfPer(1);
        signIn(TestUsers.SERVICE_CONTACT);
        var type = assertThrows(FieldValidationException.class,
                () -> receipts.upload(report, "rapport.pdf", "PK\u0003\u0004 a docx renamed".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("file", type.getField());
        assertEquals("assessment.error.file-type", type.getMessageKey());
        byte[] tooLarge = Arrays.copyOf(PDF, ReportReceiptService.MAX_REPORT_BYTES + 1);
        var size = assertThrows(FieldValidationException.class, () -> receipts.upload(report, "stor.pdf", tooLarge));
        assertEquals("assessment.error.file-size", size.getMessageKey());
        assertEquals(20, size.getArguments()[0]);
        assertTrue(receipts.files(report).isEmpty());
        assertEquals("EXPECTED", assessments.report(report).status());

        var future = assertThrows(FieldValidationException.class, () -> receipts.markReceived(report, LocalDate.now().plusDays(1), null));
        assertEquals("receivedOn", future.getField());
        var link = assertThrows(FieldValidationException.class, () -> receipts.markReceived(report, LocalDate.now(), "ftp://erapport"));
        assertEquals("erapportLink", link.getField());
        assertEquals("EXPECTED", assessments.report(report).status());

        receipts.markReceived(report, LocalDate.now().minusDays(2), "https://erapport.example.no/rapport/42");
        assertEquals("https://erapport.example.no/rapport/42", assessments.report(report).erapportLink());
        assertEquals("RECEIVED", assessments.report(report).status());
    }

    @Test
    void followUpNeedsAreItemsWithARegionAndADueDateInTheHistoryAndAStaleChangeIsMerged() {
        long report = expectedReportOfPer(2);
        signIn(TestUsers.COORDINATOR_SOR_OST);
        var item = followUps.add(report, "Ventetid for pasienter fra Nord-Norge følges opp", Region.HELSE_NORD, LocalDate.of(2027, 3, 1));
        assertEquals("Helse Nord", item.regionName());
        var bad = assertThrows(FieldValidationException.class, () -> followUps.add(report, " ", Region.HELSE_NORD, LocalDate.now()));
        assertEquals("description", bad.getField());
        assertThrows(FieldValidationException.class, () -> followUps.add(report, "x".repeat(1001), Region.HELSE_NORD, LocalDate.now()));
        assertThrows(FieldValidationException.class, () -> followUps.add(report, "Uten region", null, LocalDate.now()));

        var first = followUps.update(item, item.description() + " innen juni", Region.HELSE_NORD, item.dueOn(), true);
        assertTrue(first.item().done());
        assertFalse(first.merged());
        // Someone who opened the item before that change edits the start of the text and the region.
        var second = followUps.update(item, "Lang ventetid for pasienter fra Nord-Norge følges opp", Region.HELSE_VEST, item.dueOn(), false);
        assertTrue(second.merged(), "a change based on an older version is merged, not written over the newer one");
        var done = second.item();
        assertEquals("Lang ventetid for pasienter fra Nord-Norge følges opp innen juni", done.description(), "both texts kept");
        assertEquals("Helse Vest", done.regionName(), "the region this person changed");
        assertTrue(done.done(), "done, as the other set it, since this person did not change it");

        var history = assessments.history(report, "follow-up-" + item.id());
        assertEquals(3, history.size());
        assertTrue(history.getFirst().newValue().endsWith("✓"), history.getFirst().newValue());
        assertEquals("Lars Berg", history.getFirst().author());

        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> followUps.delete(item.id(), done.version()));
        signIn(TestUsers.COORDINATOR_SOR_OST);
        followUps.delete(item.id(), done.version());
        assertTrue(followUps.followUps(report).stream().noneMatch(f -> f.id() == item.id()), "the item is gone (other tests' items may remain)");
        assertEquals("", assessments.history(report, "follow-up-" + item.id()).getFirst().newValue(), "the deletion is in the history");
    }

    @Test
    void nobodyIsRemindedOfAReportThatIsInAndReferenceGroupMembersOnlyUntilTheyHaveApproved() {
        long report = expectedReportOfPer(3);
        signIn(TestUsers.ADMIN);
        var cycle = assessments.cycle(assessments.report(report).cycleId());
        String key = "report-" + report + "-due";
        assertTrue(reportDeadlines(cycle.dueOn()).stream().anyMatch(d -> d.key().equals(key)
                && d.recipients().stream().anyMatch(r -> r.email().startsWith("per.olsen"))), "the contact is reminded while it is not in");
        assertTrue(reportDeadlines(cycle.dueOn()).stream().anyMatch(d -> d.kind().equals("REPORT_DUE")
                && d.recipients().stream().anyMatch(r -> r.email().startsWith("lars.berg"))), "and the host region's coordinator");

        var overview = deadlines.overviewBetween(cycle.dueOn(), cycle.dueOn()).stream().filter(d -> d.kind().equals("REPORT_DUE")).toList();
        assertEquals(1, overview.size(), "the årshjul sums the cycle's due date up in one entry");
        assertTrue(overview.getFirst().titleNb().matches("Årsrapporter for \\d{4} leveres \\(\\d+ ikke mottatt\\)"), overview.getFirst().titleNb());

        signIn(TestUsers.SERVICE_CONTACT);
        receipts.upload(report, "rapport.pdf", PDF);
        assertFalse(reportDeadlines(cycle.dueOn()).stream().anyMatch(d -> d.key().equals(key)), "received: no reminder");
    }

    private List<Deadline> reportDeadlines(LocalDate day) {
        return deadlines.deadlinesBetween(day, day);
    }
}
