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
        // Two received reports of Helse Vest units whose reference group Erik Dahl sits in are assessed by the region's
        // coordinator and wait for the members' approval (shown first in his Mine oppgaver).
        jdbc.sql("""
                with picked as (
                    select distinct r.id from annual_report r join national_unit u on u.id = r.unit_id
                    join health_trust h on h.id = u.host_trust_id
                    join reference_group_member m on m.unit_id = u.id join app_user a on a.id = m.user_id
                    where r.cycle_id = :cycle and r.status = 'RECEIVED' and a.username = 'erik.dahl' and m.ends_on is null
                      and h.region_id = a.region_id
                    order by r.id limit 2)
                update annual_report set status = 'ASSESSED' where id in (select id from picked)
                """).param("cycle", cycle.id()).update();
        jdbc.sql("""
                insert into annual_report_event (report_id, event, user_id, at)
                select r.id, 'ASSESSED', (select id from app_user where username = 'marte.solheim'), now()
                from annual_report r where r.cycle_id = :cycle and r.status = 'ASSESSED'
                """).param("cycle", cycle.id()).update();
    }
}
