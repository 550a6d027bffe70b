package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentServiceTest extends ServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    /** The burns unit at Helse Bergen: anne.lie sits in its reference group, marte.solheim coordinates its region. */
    private long burnsReport() {
        return TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
    }

    @Test
    void changesAreStoredAtOnceCreditedToTheirAuthorAndTheLaterWinsOnTheSameField() {
        long report = burnsReport();
        long criterion = assessments.criteria(assessments.report(reportAs(TestUsers.REFERENCE_MEMBER, report)).cycleId()).getFirst().id();
        String comment = "comment-" + criterion;
        String rating = "rating-" + criterion;
        signIn(TestUsers.REFERENCE_MEMBER);
        assessments.saveField(report, comment, "Høy aktivitet, gode resultater – æøå");
        signIn(TestUsers.COORDINATOR_VEST);
        assessments.saveField(report, rating, "PARTLY_MET");
        assessments.saveField(report, comment, "Gode resultater; ventetiden bør følges opp");

        var values = assessments.values(report);
        assertEquals("PARTLY_MET", values.get(rating), "a change to another field is kept");
        assertEquals("Gode resultater; ventetiden bør følges opp", values.get(comment), "the later change wins");
        List<AssessmentService.FieldChange> history = assessments.history(report, comment);
        assertEquals(List.of("Marte Solheim", "Anne Lie"), history.stream().map(AssessmentService.FieldChange::author).limit(2).toList());
        assertEquals("Høy aktivitet, gode resultater – æøå", history.get(0).oldValue(), "the earlier value stays in the history");
        assertEquals("UNDER_ASSESSMENT", assessments.report(report).status());
    }

    @Test
    void othersCannotReadOrEditAndTamperingWithTheUrlIsRefused() {
        long report = burnsReport();
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertThrows(AccessDeniedException.class, () -> assessments.report(report));
        assertThrows(AccessDeniedException.class, () -> assessments.saveField(report, "conclusion", "Fra feil region"));
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> assessments.values(report), "observers read approved assessments only");
        signIn(TestUsers.IRF_MEMBER);
        assertThrows(AccessDeniedException.class, () -> assessments.postMessage(report, "Hei", java.time.Instant.now()));
        signIn(TestUsers.ADMIN);
        assertFalse(assessments.values(report).containsValue("Fra feil region"));
    }

    @Test
    void badInputGetsAClearMessageAndNothingIsStored() {
        long report = burnsReport();
        signIn(TestUsers.COORDINATOR_VEST);
        String before = assessments.values(report).getOrDefault("conclusion", "");
        var tooLong = assertThrows(FieldValidationException.class, () -> assessments.saveField(report, "conclusion", "x".repeat(4001)));
        assertEquals("assessment.error.text-length", tooLong.getMessageKey());
        assertThrows(FieldValidationException.class, () -> assessments.saveField(report, "rating-1", "KANSKJE"));
        assertThrows(FieldValidationException.class, () -> assessments.saveField(report, "status", "APPROVED"));
        assertEquals(before, assessments.values(report).getOrDefault("conclusion", ""));
    }

    @Test
    void theDiscussionIsStoredForEveryoneWhoMayEdit() {
        long report = burnsReport();
        signIn(TestUsers.REFERENCE_MEMBER);
        assessments.postMessage(report, "Skal vi be om tall for ventetid?", java.time.Instant.now());
        signIn(TestUsers.COORDINATOR_VEST);
        assertTrue(assessments.messages(report).stream().anyMatch(m -> m.author().equals("Anne Lie")));
    }

    @Test
    void theReferenceGroupApprovesWhenTheChairAndAMajorityHaveApprovedAndAReopenIsRecorded() {
        long report = jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id "
                + "where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'", Long.class);
        signIn(TestUsers.COORDINATOR_VEST);
        assessments.saveField(report, "conclusion", "Tjenesten fungerer godt.");
        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertThrows(FieldValidationException.class, () -> assessments.approve(report), "not yet assessed");
        signIn(TestUsers.COORDINATOR_VEST);
        assessments.markAssessed(report);

        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertFalse(assessments.approve(report));
        signIn("kristin.moe");
        assertFalse(assessments.approve(report), "two of four, and not the chair");
        signIn(TestUsers.REFERENCE_MEMBER); // Anne Lie chairs this group
        assertTrue(assessments.approve(report));
        assertEquals("APPROVED", assessments.report(report).status());
        assertEquals(3, assessments.approvals(assessments.report(report)).size());
        assertThrows(AccessDeniedException.class, () -> assessments.saveField(report, "conclusion", "Endret etter godkjenning"));

        signIn(TestUsers.OBSERVER);
        assertEquals("Tjenesten fungerer godt.", assessments.values(report).get("conclusion"), "observers read approved ones");
        assertThrows(AccessDeniedException.class, () -> assessments.reopen(report));
        signIn(TestUsers.COORDINATOR_VEST);
        assessments.reopen(report);
        assertEquals("UNDER_ASSESSMENT", assessments.report(report).status());
        assertTrue(assessments.approvals(assessments.report(report)).isEmpty());
        assertEquals(1, jdbc.queryForObject("select count(*) from annual_report_event where report_id = ? and event = 'REOPENED'",
                Integer.class, report));
    }

    private long reportAs(String user, long report) {
        signIn(user);
        return report;
    }
}
