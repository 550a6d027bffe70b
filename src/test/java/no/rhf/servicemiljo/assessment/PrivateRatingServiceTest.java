package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.PrivateRatingService.MemberRating;
import no.rhf.servicemiljo.assessment.PrivateRatingService.Spread;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of independent ratings first; every test rolls back (the cycle setting included). */
@Transactional
class PrivateRatingServiceTest extends ServiceTest {

    @Autowired
    PrivateRatingService privateRatings;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    private long report;
    private long first;
    private long second;

    /** The gamma knife unit: Anne Lie chairs its group, Erik Dahl and Kristin Moe sit in it. */
    @BeforeEach
    void gammaKnifeUnderAssessment() {
        report = jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id "
                + "where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'", Long.class);
        jdbc.update("update annual_report set status = 'UNDER_ASSESSMENT' where id = ?", report);
        signIn(TestUsers.ADMIN);
        List<Criterion> criteria = assessments.criteria(assessments.report(report).cycleId()).stream().filter(c -> !c.retired()).toList();
        first = criteria.get(0).id();
        second = criteria.get(1).id();
    }

    private void enable() {
        signIn(TestUsers.ADMIN);
        privateRatings.setIndependentFirst(assessments.report(report).cycleId(), true);
    }

    @Test
    void withTheCycleSettingOffThereIsNoPrivatePhase() {
        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertFalse(privateRatings.status(report).enabled());
        assertThrows(AccessDeniedException.class, () -> privateRatings.rate(report, first, "MET", ""));
        assertThrows(AccessDeniedException.class, () -> privateRatings.submit(report));
        assertThrows(AccessDeniedException.class, () -> privateRatings.submittedRatings(report));
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertThrows(AccessDeniedException.class, () -> privateRatings.setIndependentFirst(1, true), "ADMIN only");
    }

    @Test
    void aMemberSeesTheOthersOnlyAfterSubmittingAndASubmissionIsFinal() {
        enable();
        signIn("kristin.moe");
        privateRatings.rate(report, first, "NOT_MET", "Ventetiden er for lang – må følges opp");
        privateRatings.submit(report);
        signIn(TestUsers.REFERENCE_MEMBER); // the chair drafts, but does not submit
        privateRatings.rate(report, first, "PARTLY_MET", "utkast");

        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        privateRatings.rate(report, first, "MET", "");
        var before = privateRatings.status(report);
        assertTrue(before.mayRate());
        assertFalse(before.seesRatings());
        assertEquals(1, before.submittedCount());
        assertThrows(AccessDeniedException.class, () -> privateRatings.submittedRatings(report), "not before submitting");
        assertThrows(AccessDeniedException.class, () -> privateRatings.spread(report));
        assertEquals(Set.of(first), privateRatings.mine(report).keySet(), "only one's own draft");

        privateRatings.submit(report);
        var after = privateRatings.status(report);
        assertTrue(after.seesRatings());
        assertEquals(2, after.submittedCount());
        List<MemberRating> seen = privateRatings.submittedRatings(report);
        assertEquals(Set.of("Erik Dahl: MET", "Kristin Moe: NOT_MET"),
                seen.stream().map(r -> r.name() + ": " + r.rating()).collect(Collectors.toSet()), "the chair's draft is not submitted");
        assertEquals("Ventetiden er for lang – må følges opp", seen.stream().filter(r -> r.name().equals("Kristin Moe")).findFirst().orElseThrow().note());

        var changed = assertThrows(FieldValidationException.class, () -> privateRatings.rate(report, first, "NOT_MET", ""));
        assertEquals("private.error.submitted", changed.getMessageKey());
        assertThrows(FieldValidationException.class, () -> privateRatings.submit(report));
        assertEquals("MET", privateRatings.mine(report).get(first).rating(), "unchanged");
    }

    @Test
    void theChairOpensThemForAllWhichEndsThePrivatePhase() {
        enable();
        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        privateRatings.rate(report, second, "PARTLY_MET", "");
        privateRatings.submit(report);
        signIn("kristin.moe");
        privateRatings.rate(report, second, "MET", "");
        assertThrows(AccessDeniedException.class, () -> privateRatings.openForAll(report), "only the chair");
        assertThrows(AccessDeniedException.class, () -> privateRatings.submittedRatings(report));

        signIn(TestUsers.REFERENCE_MEMBER);
        assertTrue(privateRatings.status(report).mayOpen());
        privateRatings.openForAll(report);

        signIn("kristin.moe");
        assertEquals(List.of("Erik Dahl"), privateRatings.submittedRatings(report).stream().map(MemberRating::name).toList(),
                "the submitted ones; her draft stays unseen");
        assertEquals("private.error.closed",
                assertThrows(FieldValidationException.class, () -> privateRatings.submit(report)).getMessageKey());
    }

    @Test
    void coordinatorsAdminAndObserversSeeNoneBeforeApproval() {
        enable();
        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        privateRatings.rate(report, first, "MET", "");
        privateRatings.submit(report);

        for (String user : List.of(TestUsers.COORDINATOR_VEST, TestUsers.ADMIN)) {
            signIn(user);
            assertFalse(privateRatings.status(report).seesRatings(), user);
            assertEquals(1, privateRatings.status(report).submittedCount(), "the count is shown");
            assertThrows(AccessDeniedException.class, () -> privateRatings.submittedRatings(report), user);
            assertTrue(privateRatings.spreadIfVisible(report).isEmpty(), user);
        }
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> privateRatings.status(report));
        assertThrows(AccessDeniedException.class, () -> privateRatings.submittedRatings(report));
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertThrows(AccessDeniedException.class, () -> privateRatings.status(report), "another region");

        jdbc.update("update annual_report set status = 'APPROVED' where id = ?", report);
        signIn(TestUsers.OBSERVER);
        assertEquals(List.of("Erik Dahl"), privateRatings.submittedRatings(report).stream().map(MemberRating::name).toList());
        signIn("kristin.moe");
        assertThrows(FieldValidationException.class, () -> privateRatings.rate(report, first, "MET", ""), "closed after approval");
    }

    @Test
    void badInputGetsAMessageAtTheField() {
        enable();
        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertEquals("assessment.error.rating",
                assertThrows(FieldValidationException.class, () -> privateRatings.rate(report, first, "KANSKJE", "")).getMessageKey());
        assertEquals("assessment.error.text-length",
                assertThrows(FieldValidationException.class, () -> privateRatings.rate(report, first, "MET", "x".repeat(501))).getMessageKey());
        assertThrows(FieldValidationException.class, () -> privateRatings.rate(report, -1, "MET", ""), "a criterion of another cycle");
        assertEquals("private.error.nothing-rated",
                assertThrows(FieldValidationException.class, () -> privateRatings.submit(report)).getMessageKey());
    }

    /** A hand-made example: the ordinal values, range and population standard deviation, and the order. */
    @Test
    void theSpreadOrdersTheCriteriaByRangeThenStandardDeviation() {
        Report r = new Report(1, 1, 2025, 1, "Enhet", "UNDER_ASSESSMENT", null, null);
        List<Criterion> criteria = List.of(new Criterion(11, 1, "A", "", false), new Criterion(12, 2, "B", "", false),
                new Criterion(13, 3, "C", "", false), new Criterion(14, 4, "D", "", false), new Criterion(15, 5, "E", "", false),
                new Criterion(16, 6, "Utgått", "", true));
        List<MemberRating> ratings = List.of(
                rating(1, 11, "MET"), rating(2, 11, "MET"), rating(3, 11, "MET"),                 // all agree: 0, 0
                rating(1, 12, "MET"), rating(2, 12, "NOT_MET"),                                     // 3 and 1: range 2, sd 1
                rating(1, 13, "MET"), rating(2, 13, "PARTLY_MET"), rating(3, 13, "NOT_MET"),        // 3, 2, 1: range 2, sd 0.816
                rating(1, 14, "PARTLY_MET"), rating(2, 14, "NOT_RELEVANT"),                         // 2 (and one not relevant): 0, 0
                rating(1, 16, "NOT_MET"));
        List<Spread> spreads = PrivateRatingService.spreads(r, criteria, ratings);
        assertEquals(List.of("B", "C", "D", "A", "E"), spreads.stream().map(s -> s.criterion().title()).toList(),
                "range first, then standard deviation, then not relevant; none rated last; retired left out");
        assertEquals(2, spreads.get(0).range());
        assertEquals(1.0, spreads.get(0).standardDeviation(), 1e-9);
        assertEquals(Math.sqrt(2.0 / 3.0), spreads.get(1).standardDeviation(), 1e-9);
        assertEquals(1, spreads.get(2).notRelevant());
        assertEquals(1, spreads.get(2).rated());
        assertEquals(0.0, spreads.get(3).standardDeviation(), 1e-9);
        assertNull(spreads.get(4).range());
    }

    private static MemberRating rating(long user, long criterion, String value) {
        return new MemberRating(user, "Medlem " + user, criterion, value, "");
    }
}
