package no.rhf.servicemiljo.registry;

import jakarta.persistence.EntityManagerFactory;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prints, for growing numbers of units (up to 2,000 more than the demo data), the SQL statements
 * and the time for the list's first page and for the counts table. Run with {@code ./mvnw test -Pbenchmark}.
 * The figures should stay flat as the data grows (no N+1); nothing is asserted on time.
 */
@Tag("benchmark")
class RegistryBenchmark extends ServiceTest {

    private static final String[] KINDS = {"NATIONAL_TREATMENT_SERVICE", "NATIONAL_COMPETENCE_SERVICE",
            "QUALITY_COMPETENCE_NETWORK", "NATIONAL_CENTRE"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitService units;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void listPageAndCountsStayFlatAsUnitsGrow() {
        signIn(TestUsers.OBSERVER);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        Random random = new Random(42);
        int added = 0;
        System.out.println("\n=== Registry benchmark (median of 20 runs after 5 warm-ups) ===");
        System.out.printf("%8s | %22s | %22s%n", "units", "first page: stmts / ms", "counts: stmts / ms");
        for (int target : new int[]{0, 500, 1000, 2000}) {
            added += insertUnits(target - added, random, added);
            long total = jdbc.queryForObject("select count(*) from national_unit", Long.class);
            double[] page = measure(statistics, () -> units.search(UnitFilter.ALL, PageRequest.of(0, 50, Sort.by("nameNb"))));
            double[] counts = measure(statistics, units::counts);
            System.out.printf("%8d | %10.0f / %8.2f | %10.0f / %8.2f%n", total, page[0], page[1], counts[0], counts[1]);
        }
    }

    private double[] measure(Statistics statistics, Runnable action) {
        for (int i = 0; i < 5; i++) {
            action.run();
        }
        long[] statements = new long[20];
        double[] millis = new double[20];
        for (int i = 0; i < 20; i++) {
            statistics.clear();
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            statements[i] = statistics.getPrepareStatementCount();
        }
        Arrays.sort(millis);
        Arrays.sort(statements);
        return new double[]{statements[10], millis[10]};
    }

    private int insertUnits(int count, Random random, int offset) {
        if (count <= 0) {
            return 0;
        }
        List<Integer> trusts = jdbc.queryForList("select id from health_trust", Integer.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[]{KINDS[random.nextInt(KINDS.length)], "Generert tjeneste nr. " + (offset + i),
                    trusts.get(random.nextInt(trusts.size()))});
        }
        jdbc.batchUpdate("insert into national_unit (kind, name_nb, host_trust_id, approval_date, funding_frame_mnok, funding_start) "
                + "values (?, ?, ?, date '2020-01-01', 1, date '2020-01-01')", rows);
        jdbc.update("""
                insert into reference_group_member (unit_id, seat_type, region_id, person_name, appointed_on)
                select u.id, 'RHF_REPRESENTATIVE', r.id, 'Medlem ' || u.id || '-' || r.id, date '2021-01-01'
                from national_unit u cross join region r
                where u.name_nb like 'Generert%' and not exists (select 1 from reference_group_member m where m.unit_id = u.id)
                  and (u.id + r.id) % 5 <> 0
                """);
        return count;
    }
}
