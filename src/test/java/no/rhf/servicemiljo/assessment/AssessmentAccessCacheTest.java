package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A save checks who may edit once, and a granted part in an assessment is remembered between keystrokes; ending the
 * membership takes the right away at once, not after the remembered time.
 */
@Transactional
class AssessmentAccessCacheTest extends ServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReferenceGroupService referenceGroups;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void endingAMembershipTakesAwayTheRightToEditAtOnce() {
        Map<String, Object> row = jdbc.queryForMap("""
                select r.id as report_id, m.id as member_id, c.id as criterion_id
                from annual_report r join reference_group_member m on m.unit_id = r.unit_id join app_user u on u.id = m.user_id
                join assessment_criterion c on c.cycle_id = r.cycle_id
                where u.username = ? and r.status not in ('APPROVED', 'IN_SUMMARY')
                  and (m.ends_on is null or m.ends_on >= current_date) and m.appointed_on < current_date - 1
                order by r.id, c.position limit 1
                """, TestUsers.REFERENCE_MEMBER);
        long report = ((Number) row.get("report_id")).longValue();
        String field = "rating-" + row.get("criterion_id");

        signIn(TestUsers.REFERENCE_MEMBER);
        assessments.saveField(report, field, "PARTLY_MET");
        assessments.saveField(report, field, "MET");
        assertEquals("MET", jdbc.queryForObject("select value from assessment_value where report_id = ? and field_key = ?",
                String.class, report, field));

        signIn(TestUsers.ADMIN);
        referenceGroups.endMembership(((Number) row.get("member_id")).longValue(), LocalDate.now().minusDays(1));

        signIn(TestUsers.REFERENCE_MEMBER);
        assertThrows(AccessDeniedException.class, () -> assessments.saveField(report, field, "NOT_MET"));
        assertEquals("MET", jdbc.queryForObject("select value from assessment_value where report_id = ? and field_key = ?",
                String.class, report, field), "nothing stored after the membership ended");
    }
}
