package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.SecurityTestSupport;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people take the last seat at the same moment, each in a transaction of their own (committed, no test rollback):
 * one gets it, the other the waiting list, never both a seat.
 */
class ArenaLastSeatConcurrencyTest extends ServiceTest {

    @Autowired
    ArenaEventService events;
    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeEvents() {
        for (long id : created) {
            jdbc.update("delete from reminder_outbox where deadline_path = ?", "arenas/" + id);
            jdbc.update("delete from arena_event where id = ?", id);
        }
    }

    @RepeatedTest(3)
    void twoRegistrationsForTheLastSeatNeverOverbook() throws Exception {
        signIn(TestUsers.ADMIN);
        long id = events.save(null, ArenaTestEvents.draft("Siste plass " + System.nanoTime(), null, 2));
        created.add(id);
        events.publish(id);
        registrations.registerContact(id, "Første Deltaker", "forste@example.no");
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ParticipationStatus>> results = new ArrayList<>();
            for (String user : List.of(TestUsers.REFERENCE_MEMBER, TestUsers.REFERENCE_MEMBER_VEST)) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    SecurityContextHolder.setContextHolderStrategy(strategy);
                    SecurityTestSupport.signIn(userDetailsService, user);
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        return registrations.register(id);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        SecurityTestSupport.signOut();
                    }
                }, pool));
            }
            List<ParticipationStatus> statuses = results.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsExactlyInAnyOrder(ParticipationStatus.REGISTERED, ParticipationStatus.WAITING);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from arena_participant where event_id = ? and status = 'REGISTERED'",
                Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from arena_participant where event_id = ? and status = 'WAITING'",
                Integer.class, id)).isEqualTo(1);
    }
}
