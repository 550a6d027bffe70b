package no.rhf.servicemiljo.dashboard;

import jakarta.persistence.EntityManagerFactory;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.security.CurrentUser;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Builds every dashboard panel over 10 years × 150 units of generated data and prints the SQL
 * statements and the server time (targets: at most 10 statements, under 300 ms). Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=DashboardBenchmark}; nothing is asserted on time.
 */
@Tag("benchmark")
class DashboardBenchmark extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<DashboardPanel> panels;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void buildTheDashboardOverTenYearsOfData() {
        generate();
        login(TestUsers.COORDINATOR_VEST);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var viewer = CurrentUser.require();
        for (int i = 0; i < 5; i++) {
            panels.forEach(p -> p.create(viewer));
        }
        long[] statements = new long[20];
        double[] millis = new double[20];
        for (int i = 0; i < 20; i++) {
            statistics.clear();
            long start = System.nanoTime();
            panels.forEach(p -> p.create(viewer));
            millis[i] = (System.nanoTime() - start) / 1e6;
            statements[i] = statistics.getPrepareStatementCount();
        }
        Arrays.sort(millis);
        Arrays.sort(statements);
        long units = jdbc.queryForObject("select count(*) from national_unit", Long.class);
        System.out.printf("%n=== Dashboard benchmark: %d panels, %d units, 10 years of funding ===%n", panels.size(), units);
        System.out.printf("SQL statements per dashboard: median %d (max %d); server time: median %.1f ms, p95 %.1f ms%n",
                statements[10], statements[19], millis[10], millis[18]);
    }

    private void generate() {
        Random random = new Random(7);
        List<Integer> trusts = jdbc.queryForList("select id from health_trust", Integer.class);
        List<Object[]> rows = new ArrayList<>();
        for (int year = 0; year < 10; year++) {
            for (int i = 0; i < 150; i++) {
                rows.add(new Object[]{"Generert kompetansetjeneste " + year + "-" + i, trusts.get(random.nextInt(trusts.size())),
                        java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(random.nextInt(3650) - 1825))});
            }
        }
        jdbc.batchUpdate("insert into national_unit (kind, name_nb, host_trust_id, competence_function, approval_date, term_end, term_end_reason) "
                + "values ('NATIONAL_COMPETENCE_SERVICE', ?, ?, 'COMPETENCE_BUILDING', date '2015-01-01', ?, 'generert')", rows);
        jdbc.update("""
                insert into regional_funding (region_id, year, earmarked_mnok, rare_diagnoses_mnok)
                select r.id, y, 40 + r.id * 10 + y % 7, 5 from region r cross join generate_series(2012, 2021) y
                on conflict do nothing
                """);
    }
}
