package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADMIN edits a cycle's template and rule; assessments already made keep everything they said. */
class AssessmentTemplateTest extends ServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentTemplateService template;
    @Autowired
    JdbcTemplate jdbc;

    private long reportOfUnit(String name) {
        return jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id where u.name_nb = ?",
                Long.class, name);
    }

    @Test
    void editingRetiringAndReorderingCriteriaKeepsWhatAssessmentsSaid() {
        signIn(TestUsers.ADMIN);
        long report = reportOfUnit("Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        long cycle = assessments.report(report).cycleId();
        long added = template.addCriterion(cycle, "Beredskap", "Tjenesten har en plan for beredskap og kontinuitet.");
        assertEquals("Beredskap", assessments.criteria(cycle).getLast().title(), "added at the end");
        assessments.saveField(report, "rating-" + added, "NOT_MET");
        assessments.saveField(report, "comment-" + added, "Planen mangler – æøå");

        template.updateCriterion(added, "Beredskap og kontinuitet", "Ny veiledning");
        template.move(added, -1);
        var criteria = assessments.criteria(cycle);
        assertEquals("Beredskap og kontinuitet", criteria.get(criteria.size() - 2).title(), "moved one place up");
        template.setRetired(added, true);
        assertTrue(assessments.criteria(cycle).stream().filter(c -> c.id() == added).findFirst().orElseThrow().retired());
        assertEquals("NOT_MET", assessments.values(report).get("rating-" + added), "a retired criterion's rating stays");
        assertEquals("Planen mangler – æøå", assessments.values(report).get("comment-" + added));

        var blank = assertThrows(FieldValidationException.class, () -> template.addCriterion(cycle, "  ", ""));
        assertEquals("title", blank.getField());
        assertThrows(FieldValidationException.class, () -> template.updateCriterion(added, "x".repeat(201), ""));
        template.setRetired(added, false);
        template.setRetired(added, true);

        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> template.addCriterion(cycle, "Fra en koordinator", ""));
        assertThrows(AccessDeniedException.class, () -> template.setRetired(added, false));
    }

    @Test
    void theCycleDatesMustBeInOrderAndTheApprovalRuleIsTheCycles() {
        signIn(TestUsers.ADMIN);
        var cycle = assessments.cycles().getFirst();
        var order = assertThrows(FieldValidationException.class, () -> template.updateCycle(cycle.id(), cycle.dueOn(),
                cycle.dueOn().minusDays(1), cycle.approvalDeadline(), ApprovalRule.CHAIR_AND_MAJORITY));
        assertEquals("assessmentDeadline", order.getField());
        assertEquals(cycle.dueOn(), assessments.cycle(cycle.id()).dueOn(), "nothing stored");

        template.updateCycle(cycle.id(), cycle.dueOn(), cycle.assessmentDeadline(), cycle.approvalDeadline(), ApprovalRule.CHAIR);
        try {
            long report = jdbc.queryForObject("""
                    select r.id from annual_report r join reference_group_member m on m.unit_id = r.unit_id join national_unit u on u.id = r.unit_id
                    where r.cycle_id = ? and m.chair and m.user_id is not null and m.ends_on is null and r.status in ('EXPECTED', 'RECEIVED')
                      and u.name_nb not like '%brannskade%' and u.name_nb not like '%gammakniv%' order by r.id desc limit 1
                    """, Long.class, cycle.id());
            assessments.saveField(report, "conclusion", "Godt arbeid.");
            assessments.markAssessed(report);
            String chair = jdbc.queryForObject("""
                    select u.username from reference_group_member m join app_user u on u.id = m.user_id join annual_report r on r.unit_id = m.unit_id
                    where r.id = ? and m.chair and m.ends_on is null""", String.class, report);
            signIn(chair);
            assertTrue(assessments.approve(report), "with the rule 'the chair', the chair alone approves");
            assertEquals("APPROVED", assessments.report(report).status());
        } finally {
            signIn(TestUsers.ADMIN);
            template.updateCycle(cycle.id(), cycle.dueOn(), cycle.assessmentDeadline(), cycle.approvalDeadline(), cycle.approvalRule());
        }
    }

    @Test
    void rulesOfApproval() {
        assertTrue(ApprovalRule.CHAIR_AND_MAJORITY.isMet(true, 3, 4));
        assertFalse(ApprovalRule.CHAIR_AND_MAJORITY.isMet(true, 2, 4), "half is not a majority");
        assertFalse(ApprovalRule.CHAIR_AND_MAJORITY.isMet(false, 4, 4));
        assertTrue(ApprovalRule.MAJORITY.isMet(false, 3, 5));
        assertTrue(ApprovalRule.CHAIR.isMet(true, 1, 5));
        assertFalse(ApprovalRule.ALL.isMet(true, 4, 5));
        assertTrue(ApprovalRule.ALL.isMet(false, 5, 5));
        assertFalse(ApprovalRule.ALL.isMet(false, 0, 0), "a group without members never approves");
    }

    @Test
    void aNewCycleStartsFromTheTemplateInUseAndRefusesBadYears() {
        signIn(TestUsers.ADMIN);
        int year = LocalDate.now().getYear();
        var future = assertThrows(FieldValidationException.class, () -> assessments.createCycle(year + 1, LocalDate.of(year + 2, 2, 10)));
        assertEquals("reportYear", future.getField());
        var due = assertThrows(FieldValidationException.class, () -> assessments.createCycle(year - 5, LocalDate.of(year - 5, 12, 1)));
        assertEquals("dueOn", due.getField());

        var newest = assessments.cycles().getFirst();
        List<String> inUse = assessments.criteria(newest.id()).stream().filter(c -> !c.retired()).map(c -> c.title()).toList();
        int nextYear = newest.reportYear() + 1 <= year ? newest.reportYear() + 1 : newest.reportYear() - 10;
        var next = assessments.createCycle(nextYear, LocalDate.of(nextYear + 1, 2, 10));
        try {
            assertEquals(inUse, assessments.criteria(next.id()).stream().map(c -> c.title()).toList());
            assertFalse(assessments.reports(next.id()).isEmpty(), "one report per unit in operation");
        } finally {
            jdbc.update("delete from annual_report where cycle_id = ?", next.id());
            jdbc.update("delete from assessment_criterion where cycle_id = ?", next.id());
            jdbc.update("delete from reporting_cycle where id = ?", next.id());
        }
    }
}
