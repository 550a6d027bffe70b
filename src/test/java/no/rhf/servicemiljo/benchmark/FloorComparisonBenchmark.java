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
 *   <li><b>CPU per change</b>: this JVM's CPU time (server, plus the test's own Playwright client, the same for both)
 *       over {@value #CHANGES} select changes with 2, 5 and 10 readers, per change;</li>
 *   <li><b>propagation</b>: p50/p95 ms until the slowest reader shows the change (see {@link Propagation}).</li>
 * </ul>
 * Asserts only that every change arrived. Run: {@code ./mvnw test -Pbenchmark -Dtest=FloorComparisonBenchmark}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "servicemiljo.benchmark.floor=true")
class FloorComparisonBenchmark extends BrowserTest {

    private static final int WARM_UP = 5;
    private static final int CHANGES = 40;
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
            Change p = change(product, readers);
            Change f = change(floor, readers);
            rows.add(compare("CPU per change, " + readers + " readers (ms)", p.cpuMs(), f.cpuMs()));
            rows.add(compare("propagation p50, " + readers + " readers (ms)", Propagation.percentile(p.times(), 50), Propagation.percentile(f.times(), 50)));
            rows.add(compare("propagation p95, " + readers + " readers (ms)", Propagation.percentile(p.times(), 95), Propagation.percentile(f.times(), 95)));
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

    private record Change(double cpuMs, List<Long> times) {
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

    private Change change(Screen screen, int readers) throws InterruptedException {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i <= readers; i++) {
            pages.add(open(screen, i));
        }
        int first = screen.values()[0].equals(pages.getFirst().evaluate("f => document.querySelector(f).value", screen.select())) ? 1 : 0;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Propagation.ofSelect(pages, screen.select(), i -> screen.values()[(i + first) % 2], WARM_UP, 0);
        long cpuBefore = os.getProcessCpuTime();
        List<Long> times = Propagation.ofSelect(pages, screen.select(), i -> screen.values()[(i + first + WARM_UP) % 2], 0, CHANGES);
        double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6 / CHANGES;
        closeAll(pages);
        System.out.printf(Locale.ROOT, "%s: %d readers, %.1f ms CPU per change, p95 %d ms%n", screen.name(), readers, cpuMs,
                Propagation.percentile(times, 95));
        return new Change(cpuMs, times);
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
