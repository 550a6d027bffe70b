package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assessment's SQL-written texts (follow-up needs, criteria, the eRapport link, the discussion) never hand
 * PostgreSQL a NUL or a text longer than its column: a message at the field, or the NUL cleaned, and what was stored
 * before is unchanged.
 */
class AssessmentTextLimitsTest extends ServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentTemplateService template;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ReportReceiptService receipts;
    @Autowired
    JdbcTemplate jdbc;

    private long burnsReport() {
        return TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
    }

    private long expectedReportOfPer() {
        return jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id join app_user c on c.id = u.contact_user_id
                join health_trust t on t.id = u.host_trust_id
                where c.username = 'per.olsen' and t.region_id = 1 and u.second_host_trust_id is null
                order by r.id limit 1
                """, Long.class);
    }

    @Test
    void aFollowUpWithNulOrTooLongIsRefusedAtTheDescriptionAndTheStoredOneIsKept() {
        long report = expectedReportOfPer();
        signIn(TestUsers.COORDINATOR_SOR_OST);
        var item = followUps.add(report, "Følges opp", Region.HELSE_NORD, LocalDate.of(2027, 3, 1));
        try {
            int before = followUps.followUps(report).size();
            FieldValidationException nul = assertThrows(FieldValidationException.class,
                    () -> followUps.add(report, "Med \u0000 i", Region.HELSE_NORD, LocalDate.of(2027, 3, 1)));
            assertEquals("description", nul.getField());
            assertEquals("text.error.unstorable", nul.getMessageKey());
            FieldValidationException edit = assertThrows(FieldValidationException.class,
                    () -> followUps.update(item, "Følges\u0000 opp", Region.HELSE_NORD, item.dueOn(), false));
            assertEquals("description", edit.getField());
            assertEquals("description", assertThrows(FieldValidationException.class,
                    () -> followUps.update(item, "x".repeat(FollowUpService.MAX_DESCRIPTION + 1), Region.HELSE_NORD, item.dueOn(), false)).getField());
            assertEquals(before, followUps.followUps(report).size());
            assertEquals("Følges opp", followUps.followUps(report).stream().filter(f -> f.id() == item.id()).findFirst().orElseThrow().description());
        } finally {
            followUps.delete(item.id(), followUps.followUps(report).stream().filter(f -> f.id() == item.id()).findFirst().orElseThrow().version());
        }
    }

    @Test
    void aCriterionTitleOrGuidanceWithNulIsRefusedAtItsFieldAndTheCriterionIsUnchanged() {
        signIn(TestUsers.ADMIN);
        long cycle = assessments.report(burnsReport()).cycleId();
        var criterion = assessments.criteria(cycle).getFirst();
        int count = assessments.criteria(cycle).size();
        FieldValidationException title = assertThrows(FieldValidationException.class,
                () -> template.updateCriterion(criterion.id(), "Tittel\u0000", "Veiledning"));
        assertEquals("title", title.getField());
        assertEquals("text.error.unstorable", title.getMessageKey());
        FieldValidationException guidance = assertThrows(FieldValidationException.class,
                () -> template.addCriterion(cycle, "Ny", "Veiledning \u0000"));
        assertEquals("guidance", guidance.getField());
        assertEquals("guidance", assertThrows(FieldValidationException.class,
                () -> template.addCriterion(cycle, "Ny", "x".repeat(AssessmentTemplateService.MAX_GUIDANCE + 1))).getField());
        assertEquals(count, assessments.criteria(cycle).size(), "nothing added");
        assertEquals(criterion.title(), assessments.criteria(cycle).getFirst().title());
    }

    @Test
    void anErapportLinkWithNulIsRefusedAtTheFieldAndTheReportIsUnchanged() {
        long report = expectedReportOfPer();
        signIn(TestUsers.SERVICE_CONTACT);
        String status = assessments.report(report).status();
        FieldValidationException nul = assertThrows(FieldValidationException.class,
                () -> receipts.markReceived(report, LocalDate.now(), "https://erapport.example/r\u0000"));
        assertEquals("erapportLink", nul.getField());
        assertEquals("text.error.unstorable", nul.getMessageKey());
        assertEquals("erapportLink", assertThrows(FieldValidationException.class,
                () -> receipts.markReceived(report, LocalDate.now(), "https://" + "x".repeat(500))).getField());
        assertEquals(status, assessments.report(report).status());
    }

    @Test
    void aDiscussionMessageHasItsNulCleanedAndATooLongOneIsRefused() {
        long report = burnsReport();
        signIn(TestUsers.REFERENCE_MEMBER);
        int before = assessments.messages(report).size();
        assertEquals("message", assertThrows(FieldValidationException.class,
                () -> assessments.postMessage(report, "x".repeat(AssessmentService.MAX_TEXT + 1), Instant.now())).getField());
        assertEquals("message", assertThrows(FieldValidationException.class,
                () -> assessments.postMessage(report, "\u0000 ", Instant.now())).getField(), "nothing left once cleaned");
        assertEquals(before, assessments.messages(report).size());
        assessments.postMessage(report, "Tall for\u0000 ventetid", Instant.now());
        assertTrue(assessments.messages(report).stream().anyMatch(m -> m.text().equals("Tall for ventetid")));
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void aReconnectingDiscussionReadsOnlyTheMessagesSinceItsLastOne() {
        long report = burnsReport();
        signIn(TestUsers.REFERENCE_MEMBER);
        Instant earlier = Instant.parse("2026-01-05T10:00:00Z");
        Instant later = Instant.parse("2026-01-05T10:05:00Z");
        assessments.postMessage(report, "Første innspill", earlier);
        assessments.postMessage(report, "Andre innspill", later);
        var since = assessments.messages(report, later);
        assertTrue(since.stream().anyMatch(m -> m.text().equals("Andre innspill")));
        assertTrue(since.stream().noneMatch(m -> m.text().equals("Første innspill")), "the older message is not read again");
        assertTrue(since.stream().allMatch(m -> !m.sentAt().isBefore(later)));
    }
}
