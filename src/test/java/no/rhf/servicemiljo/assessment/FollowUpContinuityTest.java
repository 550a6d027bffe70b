package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService.CarriedFollowUp;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Last year's open follow-up needs carried into the new cycle exactly once, closed with a status and a comment. */
class FollowUpContinuityTest extends ServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpContinuityService continuity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long unit() {
        return jdbc.queryForObject(EvidenceFixtures.VEST_UNIT, Long.class);
    }

    @Test
    @Transactional
    void openFollowUpsAreCarriedOverOnceAndNotDuplicatedByReRunsOrReopening() {
        signIn(TestUsers.ADMIN);
        int year = EvidenceFixtures.twoFreeYears(jdbc, 2003);
        long unit = unit();
        var old = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10));
        long oldReport = EvidenceFixtures.reportOf(jdbc, old.id(), unit);
        var a = followUps.add(oldReport, "Henvisningskriteriene på nettsiden må oppdateres (æøå)", (short) 2, LocalDate.of(year + 1, 6, 1));
        var b = followUps.add(oldReport, "Brukerrepresentant i referansegruppen", (short) 1, LocalDate.of(year + 1, 9, 1));
        var c = followUps.add(oldReport, "Allerede gjort", (short) 2, LocalDate.of(year + 1, 3, 1));
        followUps.update(c, c.description(), c.regionId(), c.dueOn(), true);

        var next = assessments.createCycle(year + 1, LocalDate.of(year + 2, 2, 10));
        long newReport = EvidenceFixtures.reportOf(jdbc, next.id(), unit);
        List<CarriedFollowUp> carried = continuity.carried(newReport);
        assertEquals(List.of(a.id(), b.id()), carried.stream().map(CarriedFollowUp::sourceFollowUpId).toList(),
                "the open ones, linked to the old items, the done one not");
        assertEquals("Henvisningskriteriene på nettsiden må oppdateres (æøå)", carried.getFirst().description());
        assertEquals(year, carried.getFirst().sourceYear());
        assertEquals(oldReport, carried.getFirst().sourceReportId());
        assertTrue(carried.stream().noneMatch(CarriedFollowUp::closed));

        assertEquals(0, continuity.carryOver(next.id()), "re-running the opening adds nothing");

        // The new assessment is marked assessed and reopened, the old one reopened and given one more item.
        jdbc.update("update annual_report set status = 'UNDER_ASSESSMENT' where id = ?", newReport);
        assessments.markAssessed(newReport);
        assessments.reopen(newReport);
        jdbc.update("update annual_report set status = 'UNDER_ASSESSMENT' where id = ?", oldReport);
        var d = followUps.add(oldReport, "Nytt punkt etter gjenåpning", (short) 3, LocalDate.of(year + 1, 10, 1));
        assertEquals(1, continuity.carryOver(next.id()), "only what was not carried yet");
        assertEquals(List.of(a.id(), b.id(), d.id()), continuity.carried(newReport).stream().map(CarriedFollowUp::sourceFollowUpId).toList());

        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> continuity.carryOver(next.id()), "only ADMIN runs it again");

        // Last: a refused statement ends the test's transaction.
        assertThrows(DuplicateKeyException.class, () -> jdbc.update("""
                insert into follow_up_carry_over (report_id, source_follow_up_id, source_report_id, description, region_id, due_on)
                values (?, ?, ?, 'x', 2, current_date)""", newReport, a.id(), oldReport), "the database refuses a second copy");
    }

    @Test
    @Transactional
    void carriedItemsAreClosedWithAStatusAndACommentByThoseWhoEditTheNewAssessment() {
        signIn(TestUsers.ADMIN);
        int year = EvidenceFixtures.twoFreeYears(jdbc, 2003);
        long unit = unit();
        var old = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10));
        long oldReport = EvidenceFixtures.reportOf(jdbc, old.id(), unit);
        followUps.add(oldReport, "Data over tid om likeverdig tilgang", (short) 2, LocalDate.of(year + 1, 6, 1));
        followUps.add(oldReport, "Kvalitetsregister", (short) 2, LocalDate.of(year + 1, 7, 1));
        var next = assessments.createCycle(year + 1, LocalDate.of(year + 2, 2, 10));
        long newReport = EvidenceFixtures.reportOf(jdbc, next.id(), unit);
        CarriedFollowUp first = continuity.carried(newReport).get(0);
        CarriedFollowUp second = continuity.carried(newReport).get(1);

        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        var noComment = assertThrows(FieldValidationException.class, () -> continuity.close(first.id(), first.version(), ClosingStatus.NOT_DONE, " "));
        assertEquals("closingComment", noComment.getField());
        assertEquals("continuity.error.comment-required", noComment.getMessageKey());
        var noStatus = assertThrows(FieldValidationException.class, () -> continuity.close(first.id(), first.version(), null, "x"));
        assertEquals("closingStatus", noStatus.getField());
        var tooLong = assertThrows(FieldValidationException.class,
                () -> continuity.close(first.id(), first.version(), ClosingStatus.PARTLY_DONE, "x".repeat(1001)));
        assertEquals("closingComment", tooLong.getField());

        CarriedFollowUp closed = continuity.close(first.id(), first.version(), ClosingStatus.PARTLY_DONE, "Delvis: tallene for 2 av 4 regioner");
        assertEquals(ClosingStatus.PARTLY_DONE, closed.status());
        assertEquals("Erik Dahl", closed.closedBy());
        var stale = assertThrows(FieldValidationException.class, () -> continuity.close(first.id(), first.version(), ClosingStatus.DONE, ""));
        assertEquals("continuity.error.changed", stale.getMessageKey(), "a change made on an old view is refused, not written over");

        signIn(TestUsers.COORDINATOR_VEST);
        CarriedFollowUp done = continuity.close(second.id(), second.version(), ClosingStatus.DONE, "");
        assertNull(done.comment(), "done needs no comment");
        assertTrue(assessments.history(newReport, "carried-" + first.id()).stream().anyMatch(h -> "Erik Dahl".equals(h.author())),
                "the closing is in the assessment's history, credited to its author");

        for (String other : List.of(TestUsers.COORDINATOR_SOR_OST, TestUsers.OBSERVER, TestUsers.IRF_MEMBER)) {
            signIn(other);
            assertThrows(AccessDeniedException.class, () -> continuity.close(second.id(), done.version(), ClosingStatus.NOT_DONE, "nei"), other);
        }
        signIn(TestUsers.ADMIN);
        jdbc.update("update annual_report set status = 'APPROVED' where id = ?", newReport);
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> continuity.close(second.id(), done.version(), ClosingStatus.NOT_DONE, "nei"),
                "approved: read-only until reopened");

        var history = continuity.unitHistory(unit).stream().filter(h -> h.year() == year).toList();
        assertEquals(2, history.size());
        assertEquals(year + 1, history.getFirst().closedInYear());
        assertEquals(ClosingStatus.PARTLY_DONE, history.getFirst().status());
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertTrue(continuity.unitHistory(unit).stream().noneMatch(h -> h.year() == year), "another region's coordinator sees none of it");
    }

    /** Two nodes opening the carry-over at the same moment: the unique constraint lets each item in once. */
    @Test
    void twoConcurrentCarryOversAddEachItemOnce() throws Exception {
        signIn(TestUsers.ADMIN);
        int year = EvidenceFixtures.twoFreeYears(jdbc, 2003);
        long unit = unit();
        var old = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10));
        var next = assessments.createCycle(year + 1, LocalDate.of(year + 2, 2, 10));
        try {
            long oldReport = EvidenceFixtures.reportOf(jdbc, old.id(), unit);
            for (int i = 0; i < 5; i++) {
                followUps.add(oldReport, "Punkt " + i, (short) 2, LocalDate.of(year + 1, 6, 1));
            }
            TransactionTemplate tx = new TransactionTemplate(transactions);
            CyclicBarrier barrier = new CyclicBarrier(2);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> tx.execute(s -> {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return continuity.carryInto(next.id());
            }), nodes)).toList();
            int added = runs.stream().mapToInt(CompletableFuture::join).sum();
            nodes.shutdown();
            assertEquals(5, added, "together they added each item once");
            assertEquals(5, jdbc.queryForObject("select count(*) from follow_up_carry_over where report_id = ?", Integer.class,
                    EvidenceFixtures.reportOf(jdbc, next.id(), unit)));
        } finally {
            for (long cycle : List.of(next.id(), old.id())) {
                jdbc.update("delete from follow_up_carry_over where report_id in (select id from annual_report where cycle_id = ?)", cycle);
                jdbc.update("delete from assessment_value_history where report_id in (select id from annual_report where cycle_id = ?)", cycle);
                jdbc.update("delete from assessment_follow_up where report_id in (select id from annual_report where cycle_id = ?)", cycle);
                jdbc.update("delete from annual_report where cycle_id = ?", cycle);
                jdbc.update("delete from assessment_criterion where cycle_id = ?", cycle);
                jdbc.update("delete from reporting_cycle where id = ?", cycle);
            }
        }
    }
}
