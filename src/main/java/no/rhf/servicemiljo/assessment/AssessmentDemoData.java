package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** A reporting cycle for last year's reports, with some received and under assessment. */
@Component
class AssessmentDemoData implements DemoDataSeeder {

    private final AssessmentService assessments;
    private final JdbcClient jdbc;
    private final Clock clock;

    AssessmentDemoData(AssessmentService assessments, JdbcClient jdbc, Clock clock) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    @Transactional
    public void seed() {
        if (jdbc.sql("select count(*) from reporting_cycle").query(Long.class).single() > 0) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        var cycle = assessments.create(year - 1, LocalDate.of(year, 2, 10));
        // Every other report has come in (on or just after the due date).
        jdbc.sql("""
                update annual_report set status = 'RECEIVED', received_on = c.due_on + (annual_report.id % 5)::int
                from reporting_cycle c where c.id = annual_report.cycle_id and annual_report.cycle_id = ? and annual_report.id % 2 = 0
                """).param(cycle.id()).update();
    }
}
