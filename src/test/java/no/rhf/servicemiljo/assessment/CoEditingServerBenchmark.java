package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.coedit.Edit;
import no.rhf.servicemiljo.base.coedit.TextOperation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Server time per co-edited keystroke: {@code AssessmentService.editText} (access check, lock, merge over the
 * edits since, store, history) for a typist alone and for one whose every edit is one behind (merged over
 * another's edit), and per rating chosen ({@code saveField}, in wall and CPU time). Prints median, p95 and max in
 * ms; no browser, so it is the server's part of the latency.
 *
 * <p>Run: {@code ./mvnw test -Pbenchmark -Dtest=CoEditingServerBenchmark}.
 */
@Tag("benchmark")
class CoEditingServerBenchmark extends ServiceTest {

    private static final int KEYS = 400;

    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void serverTimePerKeystroke() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        signIn(TestUsers.COORDINATOR_VEST);
        System.out.println();
        System.out.println("| typists | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        print("one alone", type(report, "recommendation", false));
        print("two, each edit merged over the other's", type(report, "conclusion", true));
        rate(report);
    }

    /**
     * A rating chosen again and again ({@code AssessmentService.saveField}: access check, lock, store, history): the
     * server's part of one select change, in wall time and in this thread's CPU time (the JVM's side only; the
     * database's own work is in another process).
     */
    private void rate(long report) {
        long criterion = jdbc.queryForObject("select min(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id where r.id = ?",
                Long.class, report);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            String value = AssessmentService.RATINGS.get(i % 2);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            assessments.saveField(report, "rating-" + criterion, value);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            times.add((System.nanoTime() - start) / 1e6);
        }
        if (!AssessmentService.RATINGS.get((KEYS - 1) % 2).equals(assessments.values(report).get("rating-" + criterion))) {
            throw new IllegalStateException("not stored");
        }
        print("a rating chosen (wall)", times.subList(KEYS / 10, KEYS));
        print("a rating chosen (JVM CPU of the saving thread)", cpu.subList(KEYS / 10, KEYS));
    }

    private List<Double> type(long report, String field, boolean behind) {
        String text = assessments.texts(report).getOrDefault(field, new no.rhf.servicemiljo.base.coedit.CoEditedDocument.Snapshot("", 0)).text();
        long version = assessments.texts(report).getOrDefault(field, new no.rhf.servicemiljo.base.coedit.CoEditedDocument.Snapshot("", 0)).version();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            TextOperation key = new TextOperation().retain(text.length()).insert(String.valueOf((char) ('a' + i % 26)));
            long start = System.nanoTime();
            var stored = assessments.editText(report, field, new Edit(version, key, "bench-a", i)).orElseThrow();
            if (behind) { // the other's key, made against the same version, is merged over it
                assessments.editText(report, field, new Edit(version, new TextOperation().insert("X").retain(text.length()), "bench-b", i));
            }
            times.add((System.nanoTime() - start) / 1e6 / (behind ? 2 : 1));
            text = assessments.texts(report).get(field).text();
            version = assessments.texts(report).get(field).version();
            if (stored.version() > version) {
                throw new IllegalStateException("not stored");
            }
        }
        return times.subList(KEYS / 10, KEYS);
    }

    private static void print(String label, List<Double> measured) {
        List<Double> sorted = new ArrayList<>(measured);
        Collections.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", label, sorted.get(sorted.size() / 2),
                sorted.get((int) (sorted.size() * 0.95)), sorted.getLast()));
    }
}
