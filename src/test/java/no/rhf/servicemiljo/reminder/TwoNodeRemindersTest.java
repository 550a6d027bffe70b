package no.rhf.servicemiljo.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import com.hazelcast.core.HazelcastInstance;
import no.rhf.servicemiljo.Application;
import no.rhf.servicemiljo.RestartableApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real app nodes (two Spring Boot contexts with web servers, in this JVM, one Hazelcast cluster on loopback ports)
 * on one PostgreSQL (node 1's embedded one; node 2 is pointed at it as at an external database) and one real SMTP
 * server (GreenMail). Both nodes plan and
 * send at the same time, from test threads and from their own schedulers (ShedLock in the shared database, run every
 * second here): every reminder arrives exactly once, single reminders and a weekly digest alike.
 */
class TwoNodeRemindersTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodeRemindersTest.class);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final List<String> SCHEDULERS_FAST = List.of("--server.port=0",
            "--servicemiljo.reminders.scheduling-enabled=true",
            "--servicemiljo.reminders.plan-cron=* * * * * *",
            "--servicemiljo.reminders.digest-cron=* * * * * *",
            "--servicemiljo.reminders.send-interval=PT0.2S",
            "--servicemiljo.reminders.send-initial-delay=PT0S");

    private ConfigurableApplicationContext node1;
    private ConfigurableApplicationContext node2;

    private static ConfigurableApplicationContext start(String... more) {
        String[] args = Stream.concat(SCHEDULERS_FAST.stream(), Arrays.stream(more)).toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args);
    }

    @AfterEach
    void stopNodes() {
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close(); // and the database with it
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }

    @Test
    void bothNodesPlanningAndSendingAtOnceSendEachReminderExactlyOnce() throws Exception {
        // As in production: the nodes also form one Hazelcast cluster on loopback ports (reminders need only the database).
        int[] hazelcastPorts = {RestartableApp.freePort(), RestartableApp.freePort()};
        String members = "--servicemiljo.cluster.members=127.0.0.1:" + hazelcastPorts[0] + ",127.0.0.1:" + hazelcastPorts[1];
        node1 = start(members, "--servicemiljo.cluster.port=" + hazelcastPorts[0]);
        String url = node1.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
        node2 = start(members, "--servicemiljo.cluster.port=" + hazelcastPorts[1],
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
        assertEquals(2, node2.getBean(HazelcastInstance.class).getCluster().getMembers().size(), "one cluster of two nodes");
        JdbcTemplate jdbc = node2.getBean(JdbcTemplate.class);
        Clock clock = node1.getBean(Clock.class);

        // One coordinator takes a weekly digest; deadlines for a future week (planned by the test threads) and for
        // the coming days (planned by the nodes' own schedulers, on today's date).
        long weekly = jdbc.queryForObject("select id from app_user where role = 'REGIONAL_COORDINATOR' and active order by email limit 1", Long.class);
        jdbc.update("insert into reminder_preference (user_id, delivery) values (?, 'WEEKLY')", weekly);
        LocalDate monday = LocalDate.of(2044, 3, 7);
        String insert = "insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values (?, ?, ?, ?, 'REGIONAL_COORDINATORS')";
        for (int i = 0; i < 5; i++) {
            jdbc.update(insert, "TEST_NODES_" + i, "To noder, frist " + i, "Two nodes, deadline " + i, monday.plusDays(i + 3));
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.update(insert, "TEST_NODES_TODAY", "To noder, frist om tre dager", "Two nodes, due in three days", today.plusDays(3));

        ReminderService[] nodes = {node1.getBean(ReminderService.class), node2.getBean(ReminderService.class)};
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean planning = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Integer>> planners = new ArrayList<>();
        List<Future<Integer>> senders = new ArrayList<>();
        try {
            for (ReminderService node : nodes) {
                planners.add(threads.submit(() -> {
                    go.await();
                    int planned = 0;
                    for (LocalDate day : days) {
                        planned += node.plan(day);
                    }
                    return planned;
                }));
                senders.add(threads.submit((Callable<Integer>) () -> {
                    go.await();
                    int sent = 0;
                    boolean last;
                    do {
                        last = !planning.get();
                        for (LocalDate day : days) {
                            sent += node.sendDue(at(day).plusSeconds(3600 * 12));
                            sent += node.sendDigests(at(day).plusSeconds(3600 * 12));
                        }
                    } while (!last);
                    return sent;
                }));
            }
            go.countDown();
            int planned = 0;
            for (Future<Integer> planner : planners) {
                planned += planner.get(2, TimeUnit.MINUTES);
            }
            planning.set(false);
            int sentByThreads = 0;
            for (Future<Integer> sender : senders) {
                sentByThreads += sender.get(2, TimeUnit.MINUTES);
            }
            log.info("Test threads planned {} and sent {} mails on two nodes", planned, sentByThreads);
            assertTrue(planned > 0 && sentByThreads > 0);
        } finally {
            threads.shutdownNow();
        }
        // A week later, on both nodes: what is left (next week's digest, rows the schedulers have not reached yet).
        nodes[0].sendDue(at(monday.plusDays(14)));
        nodes[1].sendDigests(at(monday.plusDays(14)));

        // Wait until the schedulers are quiet: nothing in flight or due, and GreenMail holds one mail per claim.
        String sentMails = "select count(distinct claim_token) from reminder_outbox where status = 'SENT'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (jdbc.queryForObject("select count(*) from reminder_outbox where status = 'SENDING' or (status = 'PENDING' and digest_week is null)",
                Integer.class) > 0 || smtp.getReceivedMessages().length != jdbc.queryForObject(sentMails, Integer.class)) {
            assertTrue(System.nanoTime() < deadline, "the nodes did not finish sending");
            Thread.sleep(200);
        }
        Thread.sleep(2000); // a few more scheduler runs on both nodes: they must send nothing more

        Map<String, Long> byStatus = jdbc.queryForList("select status from reminder_outbox", String.class).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(List.of("SENT"), List.copyOf(byStatus.keySet()), "all planned reminders went out, none uncertain: " + byStatus);
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).map(m -> Mails.to(m) + " | " + Mails.subject(m))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> singles = jdbc.queryForList(
                        "select recipient_email || ' | ' || subject from reminder_outbox where digest_week is null", String.class).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertTrue(singles.keySet().stream().anyMatch(k -> k.contains("To noder, frist 0")), "the test threads' reminders: " + singles);
        assertTrue(singles.keySet().stream().anyMatch(k -> k.contains("To noder, frist om tre dager")), "the schedulers' plan: " + singles);
        singles.forEach((mail, times) -> assertEquals(times, received.get(mail), "exactly once: " + mail));
        int digestMails = jdbc.queryForObject("select count(distinct claim_token) from reminder_outbox where digest_week is not null", Integer.class);
        assertTrue(digestMails >= 1, "the weekly user got digests");
        assertEquals(jdbc.queryForObject(sentMails, Integer.class), smtp.getReceivedMessages().length,
                "one mail per claim: " + singles.size() + " single reminders and " + digestMails + " digests, nothing twice");
        String weeklyEmail = jdbc.queryForObject("select email from app_user where id = ?", String.class, weekly);
        // Only the test threads' deadlines (in 2044, out of the schedulers' reach) are planned strictly after the
        // preference was set. A scheduler's plan may have read the preferences just before it was set and the
        // deadlines just after, and so sent this user single reminders of today's deadline or the demo data.
        assertTrue(singles.keySet().stream().noneMatch(k -> k.startsWith(weeklyEmail) && k.matches(".*To noder, frist \\d.*")),
                "the weekly user got the test threads' reminders in digests only: " + singles);
    }
}
