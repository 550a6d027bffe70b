package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.ServiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plans the reminders of every day of a year over 10 years × 150 units with every kind of deadline (competence
 * services' term ends, networks' funding ends and year-six evaluations, the annual cycle's dates and an IRF round per
 * year with some ballots submitted) and prints the time and the SQL statements per day (target: under 2 s a day, a
 * number of statements that does not grow with the units). Statements are counted by a test-only proxy around the
 * DataSource. Run with {@code ./mvnw test -Pbenchmark -Dtest=ReminderPlanningBenchmark}; nothing is asserted on time.
 */
@Tag("benchmark")
class ReminderPlanningBenchmark extends ServiceTest {

    static final AtomicLong STATEMENTS = new AtomicLong();

    /** Counts every statement prepared or created on any connection of the application's DataSource. */
    @TestConfiguration
    static class CountStatements {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }

        private static DataSource counting(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(ReminderPlanningBenchmark.class.getClassLoader(), new Class<?>[]{DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(ReminderPlanningBenchmark.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                            STATEMENTS.incrementAndGet();
                        }
                        return invoke(target, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void planEveryDayOfAYearOverTenYearsOfDeadlines() {
        int firstYear = LocalDate.now().getYear() + 1;
        generate(firstYear);
        LocalDate start = LocalDate.of(firstYear + 4, 1, 1);
        for (int i = 0; i < 5; i++) {
            reminders.plan(start.minusDays(10 - i)); // warm up
        }
        int days = start.lengthOfYear();
        double[] millis = new double[days];
        long[] statements = new long[days];
        long created = 0;
        for (int i = 0; i < days; i++) {
            STATEMENTS.set(0);
            long begin = System.nanoTime();
            created += reminders.plan(start.plusDays(i));
            millis[i] = (System.nanoTime() - begin) / 1e6;
            statements[i] = STATEMENTS.get();
        }
        double total = Arrays.stream(millis).sum();
        Arrays.sort(millis);
        Arrays.sort(statements);
        long units = jdbc.queryForObject("select count(*) from national_unit", Long.class);
        long cycle = jdbc.queryForObject("select count(*) from cycle_deadline", Long.class);
        long rounds = jdbc.queryForObject("select count(*) from irf_round", Long.class);
        System.out.printf("%n=== Reminder planning benchmark: %d units, %d annual-cycle dates, %d IRF rounds, %d days of %d ===%n",
                units, cycle, rounds, days, start.getYear());
        System.out.printf("plan(day): total %.0f ms, average %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms; %d reminders decided%n",
                total, total / days, millis[days / 2], millis[(int) (days * 0.95)], millis[days - 1], created);
        System.out.printf("SQL statements per plan(day): min %d, median %d, max %d%n", statements[0], statements[days / 2], statements[days - 1]);
    }

    private void generate(int firstYear) {
        Random random = new Random(11);
        List<Integer> trusts = jdbc.queryForList("select id from health_trust", Integer.class);
        List<Long> contacts = jdbc.queryForList("select id from app_user where role = 'SERVICE_CONTACT'", Long.class);
        List<Object[]> services = new ArrayList<>();
        List<Object[]> networks = new ArrayList<>();
        for (int year = 0; year < 10; year++) {
            for (int i = 0; i < 150; i++) {
                LocalDate day = LocalDate.of(firstYear + year, 1, 1).plusDays(random.nextInt(365));
                Long contact = random.nextInt(3) == 0 ? contacts.get(random.nextInt(contacts.size())) : null;
                if (i % 3 == 0) {
                    LocalDate fundingStart = day.minusYears(5);
                    networks.add(new Object[]{"Generert kvalitets- og kompetansenettverk " + year + "-" + i, trusts.get(random.nextInt(trusts.size())),
                            contact, Date.valueOf(fundingStart), Date.valueOf(day), Date.valueOf(day.plusDays(random.nextInt(200)))});
                } else {
                    services.add(new Object[]{"Generert nasjonal kompetansetjeneste " + year + "-" + i, trusts.get(random.nextInt(trusts.size())),
                            contact, Date.valueOf(day)});
                }
            }
        }
        jdbc.batchUpdate("insert into national_unit (kind, name_nb, host_trust_id, contact_user_id, competence_function, approval_date, "
                + "term_end, term_end_reason) values ('NATIONAL_COMPETENCE_SERVICE', ?, ?, ?, 'COMPETENCE_BUILDING', date '2015-01-01', ?, 'generert')",
                services);
        jdbc.batchUpdate("insert into national_unit (kind, name_nb, host_trust_id, contact_user_id, funding_frame_mnok, funding_start, "
                + "funding_end, year_six_evaluation) values ('QUALITY_COMPETENCE_NETWORK', ?, ?, ?, 1, ?, ?, ?)", networks);
        for (int year = firstYear; year < firstYear + 10; year++) {
            jdbc.update("""
                    insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values
                    ('REPORTS_DUE', 'Årsrapporter leveres', 'Annual reports due', ?, 'REGIONAL_COORDINATORS'),
                    ('DIRECTORATE_FEEDBACK', 'Tilbakemelding til Helsedirektoratet', 'Feedback', ?, 'REGIONAL_COORDINATORS'),
                    ('APPLICATIONS_DUE', 'Rangerte søknader', 'Ranked applications', ?, 'REGIONAL_COORDINATORS'),
                    ('IRF_MEETING', 'IRF-møte', 'IRF meeting', ?, 'IRF_MEMBERS'),
                    ('MINISTRY_DUE', 'Samlet søknad til departementet', 'To the Ministry', ?, 'REGIONAL_COORDINATORS')
                    on conflict do nothing
                    """, LocalDate.of(year, 2, 10), LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 10),
                    LocalDate.of(year, 1, 15));
            Long round = jdbc.queryForObject("""
                    insert into irf_round (year, opens_on, regional_deadline, service_environment_deadline, irf_meeting, ministry_deadline)
                    values (?, ?, ?, ?, ?, ?) on conflict (year) do nothing returning id
                    """, Long.class, year, LocalDate.of(year, 1, 2), LocalDate.of(year, 6, 15), LocalDate.of(year, 8, 31),
                    LocalDate.of(year, 12, 10), LocalDate.of(year + 1, 1, 15));
            jdbc.update("insert into irf_ballot (round_id, member_id, ranking, submitted_at) select ?, id, '1', now() from app_user "
                    + "where role = 'IRF_MEMBER' and id % 2 = 0", round);
        }
        // a few users read their reminders as a weekly digest
        jdbc.update("insert into reminder_preference (user_id, delivery) select id, 'WEEKLY' from app_user where id % 3 = 0 on conflict do nothing");
    }
}
