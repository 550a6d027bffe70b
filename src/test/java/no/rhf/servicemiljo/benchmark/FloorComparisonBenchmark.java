package no.rhf.servicemiljo.benchmark;

import no.rhf.servicemiljo.TestReports;
import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The product against its floor, in one run of one JVM: an open assessment (login, layout, access rules, database,
 * presence, co-editing) against {@link FloorView} (the same Vaadin and Collaboration Engine: a select and a text
 * area shared through one topic, nothing else). Prints, for both and their ratio:
 * <ul>
 *   <li><b>heap per session</b>: heap after full GCs with 20 and 40 sessions open in browsers driven from another
 *       JVM, less the heap before, per session; with the class histogram's biggest differences at 40 (what a
 *       session holds);</li>
 *   <li><b>server CPU per change</b>: this JVM's CPU time (with its GC and JIT) less that of the test's own threads
 *       and the Playwright client's, over {@value #CHANGES} select changes with 2, 5 and 10 readers, per change: the
 *       median of five rounds ({@code -Dfloor.rounds}) that alternate the product and the floor, with the lowest and highest ratio
 *       of a round (how far one round can be trusted);</li>
 *   <li><b>propagation</b>: p50/p95 ms until the slowest reader shows the change (see {@link Propagation}).</li>
 * </ul>
 * Asserts only that every change arrived. Run: {@code ./mvnw test -Pbenchmark -Dtest=FloorComparisonBenchmark}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "servicemiljo.benchmark.floor=true")
class FloorComparisonBenchmark extends BrowserTest {

    private static final int WARM_UP = 5;
    private static final int CHANGES = 40;
    /** Rounds of changes per number of readers, alternating the product's and the floor's ({@code -Dfloor.rounds}). */
    private static final int ROUNDS = Integer.getInteger("floor.rounds", 5);
    /** Sessions and readers per row; {@code -Dfloor.sessions=3 -Dfloor.readers=2} for a quick check that it runs. */
    private static final int[] SESSIONS = Propagation.counts("floor.sessions", "20,40");
    private static final int[] READERS = Propagation.counts("floor.readers", "2,5,10");
    private static final List<String> EDITORS = List.of(TestUsers.REFERENCE_MEMBER, TestUsers.COORDINATOR_VEST, TestUsers.ADMIN,
            TestUsers.REFERENCE_MEMBER_VEST, "kristin.moe", "tor.nilsen", "hilde.bakken");

    @Autowired
    JdbcTemplate jdbc;

    /** Keep Playwright from holding every console message of the pages in this JVM. */
    @Override
    protected boolean watchesConsole() {
        return false;
    }

    @Override
    protected boolean logsAsInProduction() {
        return true;
    }

    /**
     * One of the two screens compared: its route, who signs in to it (nobody: not signed in), its shared select
     * and two of its values.
     */
    private record Screen(String name, String path, List<String> users, String select, String... values) {
    }

    /** Opens {@code screen} in a fresh context of this JVM's browser, signed in as its {@code i}-th user. */
    private Page open(Screen screen, int i) {
        Page page = screen.users().isEmpty() ? newPage() : loginAs(screen.users().get(i % screen.users().size()));
        page.navigate(url(screen.path()));
        assertThat(page.locator(screen.select())).isVisible();
        return page;
    }

    @Test
    void productAgainstTheFloor() throws Exception {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        long criterion = jdbc.queryForObject("select min(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id where r.id = ?",
                Long.class, report);
        String rating = "#field-rating-" + criterion;
        Screen product = new Screen("assessment", "reports/" + report, EDITORS, rating, "MET", "PARTLY_MET");
        Screen home = new Screen("home", "", EDITORS, "#main-nav");
        Screen floor = new Screen("floor", "floor", List.of(), "#floor-rating", "1", "2"); // Vaadin's Select sends its items' keys
        // Warm both up (first page loads, JIT), so neither pays the other's first-time costs.
        closeAll(List.of(open(product, 0), open(floor, 0)));

        List<String> rows = new ArrayList<>();
        List<String> histograms = new ArrayList<>();
        for (int sessions : SESSIONS) {
            Heap p = heapPerSession(product, sessions);
            Heap f = heapPerSession(floor, sessions);
            rows.add(compare("heap per session, " + sessions + " sessions (KB)", p.perSessionKb(), f.perSessionKb()));
            if (sessions == SESSIONS[SESSIONS.length - 1]) {
                // What being signed in and the layout cost by themselves: the home page (navigation, header, inbox).
                Heap h = heapPerSession(home, sessions);
                rows.add(compare("heap per session, " + sessions + " sessions, home page instead (KB)", h.perSessionKb(), f.perSessionKb()));
                histograms.add(p.histogram());
                histograms.add(h.histogram());
                histograms.add(f.histogram());
            }
        }
        for (int readers : READERS) {
            Changes c = changes(product, floor, readers);
            rows.add(compare("server CPU per change, " + readers + " readers, median of " + ROUNDS + " rounds (ms)",
                    median(c.product().cpuMs), median(c.floor().cpuMs)));
            rows.add(String.format(Locale.ROOT, "| … its ratio round by round, lowest – highest | | | %.2f – %.2f |",
                    c.ratios().stream().min(Double::compare).orElseThrow(), c.ratios().stream().max(Double::compare).orElseThrow()));
            rows.add(compare("propagation p50, " + readers + " readers (ms)", Propagation.percentile(c.product().times, 50), Propagation.percentile(c.floor().times, 50)));
            rows.add(compare("propagation p95, " + readers + " readers (ms)", Propagation.percentile(c.product().times, 95), Propagation.percentile(c.floor().times, 95)));
        }
        System.out.println();
        System.out.println("Product against the floor (" + Runtime.getRuntime().availableProcessors() + " cores, one JVM, one run)");
        System.out.println("| figure | product | floor | product ÷ floor |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach(System.out::println);
        histograms.forEach(System.out::println);
    }

    private record Heap(double perSessionKb, String histogram) {
    }

    /**
     * What the server holds per session: the heap after full GCs with {@code sessions} open, less the heap before,
     * per session. The browsers are driven from another JVM ({@link SessionsElsewhere}), so that nothing of the
     * Playwright client's own record of each page is in this one.
     */
    private Heap heapPerSession(Screen screen, int sessions) throws Exception {
        long before = heapAfterGc();
        Map<String, Long> histogramBefore = histogram();
        try (SessionsElsewhere open = SessionsElsewhere.open(url(""), screen.path(), screen.select(), screen.users(), sessions)) {
            long after = heapAfterGc();
            Map<String, Long> histogramAfter = histogram();
            dumpHeap(screen.name() + "-" + sessions);
            double perSession = (after - before) / 1024.0 / sessions;
            System.out.printf(Locale.ROOT, "%s: %d sessions, %.0f KB each; per session %s%n", screen.name(), sessions, perSession,
                    COUNTED.stream().sorted().map(c -> String.format(Locale.ROOT, "%.1f %s", (histogramAfter.getOrDefault(INSTANCES + c, 0L)
                            - histogramBefore.getOrDefault(INSTANCES + c, 0L)) / (double) sessions, c.substring(c.lastIndexOf('.') + 1))).toList());
            return new Heap(perSession, difference(screen.name() + ", " + sessions + " sessions", histogramBefore, histogramAfter, sessions));
        } finally {
            Thread.sleep(3_000); // the pages' unload beacons close their UIs
        }
    }

    /** One screen's pages for the changes: the first one changes the select, the others read. */
    private final class Burst {
        private final Screen screen;
        private final List<Page> pages = new ArrayList<>();
        private final List<Double> cpuMs = new ArrayList<>();
        private final List<Long> times = new ArrayList<>();
        private int made;

        Burst(Screen screen, int readers) {
            this.screen = screen;
            for (int i = 0; i <= readers; i++) {
                pages.add(open(screen, i));
            }
            // Start from the value that is not shown, so that every change is one.
            made = screen.values()[0].equals(pages.getFirst().evaluate("f => document.querySelector(f).value", screen.select())) ? 1 : 0;
        }

        /** {@code CHANGES} changes after {@code warmUp} more; records the server's CPU per change and the propagation. */
        double run(int warmUp) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            Propagation.ofSelect(pages, screen.select(), this::next, warmUp, 0);
            Set<Long> client = clientThreads();
            long cpuBefore = os.getProcessCpuTime();
            long clientBefore = cpuOf(client);
            Instant from = Instant.now();
            times.addAll(Propagation.ofSelect(pages, screen.select(), this::next, 0, CHANGES));
            // The server's CPU: the whole JVM's (with its GC and JIT) less the test's own Playwright client.
            double cpu = ((os.getProcessCpuTime() - cpuBefore) - (cpuOf(client) - clientBefore)) / 1e6 / CHANGES;
            System.out.printf(Locale.ROOT, "%s: %d readers, %.1f ms server CPU per change (changes %s – %s, for a profiler's window)%n",
                    screen.name(), pages.size() - 1, cpu, from, Instant.now());
            cpuMs.add(cpu);
            return cpu;
        }

        private String next(int ignored) {
            return screen.values()[made++ % 2];
        }
    }

    private record Changes(Burst product, Burst floor, List<Double> ratios) {
    }

    /**
     * Both screens open with {@code readers} readers each, and {@code ROUNDS} rounds of changes, the product's and
     * then the floor's in each: whatever the machine and the JIT do over the minutes falls on both alike.
     */
    private Changes changes(Screen product, Screen floor, int readers) throws InterruptedException {
        Burst p = new Burst(product, readers);
        Burst f = new Burst(floor, readers);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int warmUp = round == 0 ? 4 * WARM_UP : WARM_UP;
            ratios.add(p.run(warmUp) / f.run(warmUp));
        }
        closeAll(p.pages);
        closeAll(f.pages);
        return new Changes(p, f, ratios);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2) : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    /** This test's thread and the Playwright client's: what drives the browsers, not the server. */
    private static Set<Long> clientThreads() {
        Set<Long> ids = new HashSet<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread == Thread.currentThread() || Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("com.microsoft.playwright"))) {
                ids.add(thread.threadId());
            }
        });
        return ids;
    }

    private static long cpuOf(Set<Long> threads) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return threads.stream().mapToLong(bean::getThreadCpuTime).filter(t -> t > 0).sum();
    }

    private static void closeAll(List<Page> pages) throws InterruptedException {
        pages.forEach(page -> page.context().close());
        Thread.sleep(3_000); // the pages' unload beacons close their UIs
    }

    /** With {@code -Dfloor.heapDump=DIR}, writes the live heap to DIR/NAME.hprof for a heap analyser. */
    private static void dumpHeap(String name) throws java.io.IOException {
        String directory = System.getProperty("floor.heapDump");
        if (directory != null) {
            java.nio.file.Path file = java.nio.file.Path.of(directory, name + ".hprof");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.deleteIfExists(file);
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
            System.out.println("heap dump: " + file);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Classes whose live instances are counted too: what a session is made of on Vaadin's side. */
    private static final Set<String> COUNTED = Set.of("com.vaadin.flow.component.UI", "com.vaadin.flow.internal.StateNode");
    private static final String INSTANCES = "instances of ";

    /** Bytes per class of the live objects, and the instances of {@link #COUNTED} (the JVM's own class histogram, after a full GC). */
    private static Map<String, Long> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
                if (COUNTED.contains(parts[3])) {
                    bytes.merge(INSTANCES + parts[3], Long.parseLong(parts[1]), Long::sum);
                }
            }
        }
        return bytes;
    }

    private static String difference(String title, Map<String, Long> before, Map<String, Long> after, int sessions) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.entrySet().stream().filter(e -> !e.getKey().startsWith(INSTANCES)).map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(12)
                .forEach(e -> grown.put(e.getKey(), e.getValue()));
        StringBuilder out = new StringBuilder("\nClass histogram, " + title + ": what grew most, KB per session\n");
        grown.forEach((name, delta) -> out.append(String.format(Locale.ROOT, "  %8.1f  %s%n", delta / 1024.0 / sessions, name)));
        return out.toString();
    }

    private static String compare(String figure, double product, double floor) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |", figure, product, floor, floor == 0 ? Double.NaN : product / floor);
    }
}
