package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.benchmark.Propagation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Live propagation in a co-edited assessment: the same assessment open in N browser contexts (N = 2, 5,
 * 10, the people who assess a report, some in two tabs); one of them changes a field and the time until
 * the others show the change is taken. Prints p50, p95 and max per row; asserts nothing about timings (a
 * busy machine must not fail a build), only that every change arrived everywhere.
 *
 * <ul>
 *   <li><b>rating</b>: the writer sets the rating select {@value #WARM_UP} + {@value #CHANGES} times (a whole
 *       value, stored and then published); per change, the time until the slowest other context has it.</li>
 *   <li><b>keystroke</b>: the writer types {@link #TEXT} into a comment with the real keyboard, one key every
 *       ~{@value #KEY_DELAY_MS} ms like a fast typist, without pausing; after {@value #WARM_UP_KEYS} warm-up keys
 *       every keystroke is measured from the writer's keydown until it is in the slowest other context's
 *       text area. <b>keystroke, each reader</b> is the same per keystroke and reader, over all readers.</li>
 *   <li><b>keystroke, floor</b>: the same typing in the same number of contexts on the benchmark's floor
 *       ({@code /floor}, {@link no.rhf.servicemiljo.benchmark.FloorView}: a bare Vaadin text area sent on every
 *       key and shared through Collaboration Engine, no database, no merge, no security), in the same run: what
 *       the stack and this machine's browsers cost by themselves.</li>
 * </ul>
 *
 * <p>Times are taken in the pages themselves with {@code Date.now()} (every context of the one Chromium reads
 * the same machine clock; {@code performance.timeOrigin} is not used because it can drift from the wall clock
 * over the minutes the pages are open), so the test driver's round trips do not add to them. The writer
 * only ever appends, so keystroke k is the one that makes the text k characters long: the writer records the
 * time of each keydown (capture listener on the window, before coedit.js sees the input) under the text
 * length its input event produced (keys Playwright sends as text only, such as æ, have no keydown and take
 * their input event's time). coedit.js sets the readers' {@code textarea.value} programmatically and then
 * fires {@code sm-remote-change} on the field; each reader records, for every length newly reached, the time
 * of that event (no polling, which would itself load ten pages on two cores). A figure is the time until the
 * value is in the DOM (painted at the next frame). The pages log as in production mode
 * ({@link #logsAsInProduction()}).
 *
 * <p>Run: {@code scripts/benchmark-assessment.sh} (or {@code ./mvnw test -Pbenchmark -Dtest=AssessmentPropagationBenchmark});
 * {@code -Dpropagation.contexts=10} measures only the rows of 10 contexts.
 */
@Tag("benchmark")
@TestPropertySource(properties = "servicemiljo.benchmark.floor=true")
class AssessmentPropagationBenchmark extends BrowserTest {

    private static final int WARM_UP = 3;
    private static final int CHANGES = 30;
    private static final int WARM_UP_KEYS = 20;
    private static final int KEY_DELAY_MS = 40;
    /**
     * 152 characters: 20 warm-up keys (in the first round the JVM's first co-edits), then 132 measured ones.
     * Playwright types æøå as text (no keydown), the rest as keys.
     */
    private static final String TEXT = "Vurdering: tjenesten har et stabilt pasientvolum og god kompetanse i hele landet; ventetiden er"
            + " redusert siden i fjor, og samarbeidet fungerer. æøå ÆØÅ.";
    /**
     * Those who may edit the assessment of the report used (avansert brannskadebehandling, host Helse Bergen):
     * ADMIN, the host region's coordinator and the reference group's members with a user (one per region and
     * the user representative). Each context checks that its comment is editable.
     */
    private static final String[] EDITORS = {TestUsers.REFERENCE_MEMBER, TestUsers.COORDINATOR_VEST, TestUsers.ADMIN,
            TestUsers.REFERENCE_MEMBER_VEST, "kristin.moe", "tor.nilsen", "hilde.bakken"};

    @Autowired
    JdbcTemplate jdbc;

    /** Where context {@code i} works (one node here; a subclass may spread the contexts over nodes). */
    protected String baseUrl(int context) {
        return url("");
    }

    @Override
    protected boolean logsAsInProduction() {
        return true;
    }

    /** Whether the floor's rows are measured too (on one node only). */
    protected boolean measuresFloor() {
        return true;
    }

    /** The heading of the printed figures. */
    protected String setting() {
        return "one node";
    }

    @Test
    void propagationToEveryOtherContext() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        long criterion = jdbc.queryForObject("select min(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id where r.id = ?",
                Long.class, report);
        List<String> rows = new ArrayList<>();
        List<String> typing = new ArrayList<>();
        for (int n : Propagation.counts("propagation.contexts", "2,5,10")) {
            int firstRow = rows.size();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Page page = loginAt(baseUrl(i), EDITORS[i % EDITORS.length]);
                page.navigate(baseUrl(i) + "reports/" + report);
                assertThat(page.locator("#field-rating-" + criterion)).isVisible();
                assertThat(page.locator("#field-comment-" + criterion + " textarea")).isEditable();
                pages.add(page);
            }
            String ratingField = "#field-rating-" + criterion;
            int first = "MET".equals(pages.getFirst().evaluate("f => document.querySelector(f).value", ratingField)) ? 1 : 0;
            rows.add(row(n, "rating", Propagation.ofSelect(pages, ratingField, i -> (i + first) % 2 == 0 ? "MET" : "PARTLY_MET", WARM_UP, CHANGES))); // always a change
            Keystrokes keys = measureKeystrokes(pages, "#field-comment-" + criterion + " textarea", "sm-remote-change");
            rows.add(row(n, "keystroke", keys.slowestReader()));
            rows.add(row(n, "keystroke, each reader", keys.eachReader()));
            typing.add(String.format(Locale.ROOT, "%d contexts: p50 %d ms", n, median(keys.keyIntervals())));
            pages.forEach(p -> p.context().close());
            if (measuresFloor()) {
                List<Page> floor = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Page page = newPage();
                    page.navigate(url("floor"));
                    assertThat(page.locator("#floor-comment textarea")).isEditable();
                    floor.add(page);
                }
                try {
                    Keystrokes bare = measureKeystrokes(floor, "#floor-comment textarea", "value-changed");
                    rows.add(row(n, "keystroke, floor", bare.slowestReader()));
                    rows.add(row(n, "keystroke, floor, each reader", bare.eachReader()));
                    typing.add(String.format(Locale.ROOT, "floor %d: p50 %d ms", n, median(bare.keyIntervals())));
                } catch (TimeoutError e) {
                    // The floor shares whole values and merges nothing: a figure of its own, not the product's failure.
                    rows.add("| " + n + " | keystroke, floor | a reader did not show the whole typed text within "
                            + TIMEOUT_MS / 1000 + " s | | |");
                }
                floor.forEach(p -> p.context().close());
            }
            rows.subList(firstRow, rows.size()).forEach(System.out::println); // progress, in case a later round fails
        }
        System.out.println();
        System.out.println("Assessment propagation (" + setting() + "): rating " + CHANGES + " changes per row; keystroke " + (TEXT.length() - WARM_UP_KEYS)
                + " keys typed ~" + KEY_DELAY_MS + " ms apart; ms until the slowest other context shows it (each reader: every other context)");
        System.out.println("| contexts | field | p50 ms | p95 ms | max ms |");
        System.out.println("|---:|---|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("Time between the writer's keystrokes (asked: " + KEY_DELAY_MS + " ms + Playwright's own): " + String.join("; ", typing));
    }

    /** Latencies per keystroke (slowest reader), per keystroke and reader, and the intervals between the writer's keys. */
    record Keystrokes(List<Long> slowestReader, List<Long> eachReader, List<Long> keyIntervals) {
    }

    /**
     * Empties the text area, then the first page types {@link #TEXT} into it key by key while every other
     * page records when each length first shows (on {@code shown}, an event its text area's element fires
     * when a change from elsewhere is in it); returns the per-keystroke latencies after the warm-up keys.
     */
    private Keystrokes measureKeystrokes(List<Page> pages, String area, String shown) {
        Page writer = pages.getFirst();
        List<Page> readers = pages.subList(1, pages.size());
        Locator writerArea = writer.locator(area);
        writerArea.click();
        writer.keyboard().press("ControlOrMeta+A");
        writer.keyboard().press("Backspace");
        for (Page page : pages) {
            page.waitForFunction("a => document.querySelector(a).value === ''", area);
        }
        writer.evaluate("""
                area => {
                  const a = document.querySelector(area);
                  window.__typedAt = [];
                  let down = null, last = a.value.length;
                  window.addEventListener('keydown', () => { if (down === null) down = Date.now(); }, true);
                  window.addEventListener('keyup', () => { down = null; }, true);
                  window.addEventListener('input', e => {
                    if (e.target !== a) return;
                    const t = down !== null ? down : Date.now();
                    down = null;
                    for (let i = last + 1; i <= a.value.length; i++) window.__typedAt[i] = t;
                    last = a.value.length;
                  }, true);
                }""", area);
        for (Page reader : readers) {
            reader.evaluate("""
                    ([area, shown]) => {
                      const a = document.querySelector(area);
                      window.__seenAt = [];
                      let last = a.value.length;
                      a.closest('vaadin-text-area').addEventListener(shown, () => {
                        const n = a.value.length;
                        if (n > last) {
                          const t = Date.now();
                          for (let i = last + 1; i <= n; i++) if (window.__seenAt[i] === undefined) window.__seenAt[i] = t;
                        }
                        last = n;
                      });
                    }""", List.of(area, shown));
        }
        // A busy machine slows every browser: the typing may take far longer than its delays add up to (a figure, not a failure).
        writerArea.pressSequentially(TEXT, new Locator.PressSequentiallyOptions().setDelay(KEY_DELAY_MS).setTimeout(TEXT.length() * 1_000.0));
        assertEquals(TEXT, writerArea.inputValue(), "the writer's text area has what was typed");
        for (Page reader : readers) {
            reader.waitForFunction("([a, text]) => document.querySelector(a).value === text", List.of(area, TEXT),
                    new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        }
        List<Number> typed = typedTimes(writer, "__typedAt");
        List<List<Number>> seen = readers.stream().map(r -> typedTimes(r, "__seenAt")).toList();
        List<Long> slowest = new ArrayList<>();
        List<Long> each = new ArrayList<>();
        List<Long> intervals = new ArrayList<>();
        for (int k = WARM_UP_KEYS + 1; k <= TEXT.length(); k++) {
            assertNotNull(typed.get(k), "keystroke " + k + " was timed in the writer");
            long worst = Long.MIN_VALUE;
            for (int r = 0; r < readers.size(); r++) {
                Number at = seen.get(r).get(k);
                assertNotNull(at, "keystroke " + k + " arrived in reader " + (r + 1));
                long latency = Math.round(at.doubleValue() - typed.get(k).doubleValue());
                each.add(latency);
                worst = Math.max(worst, latency);
            }
            slowest.add(worst);
            intervals.add(Math.round(typed.get(k).doubleValue() - typed.get(k - 1).doubleValue()));
        }
        return new Keystrokes(slowest, each, intervals);
    }

    /** A page's array of times by text length, with null where it has none (index 0 is always null). */
    @SuppressWarnings("unchecked")
    private static List<Number> typedTimes(Page page, String name) {
        List<Number> times = (List<Number>) page.evaluate("n => Array.from({length: " + (TEXT.length() + 1)
                + "}, (_, i) => window[n][i] === undefined ? null : window[n][i])", name);
        return times;
    }

    private static String row(int contexts, String field, List<Long> times) {
        return Propagation.row(contexts + " | " + field, times);
    }

    private static long median(List<Long> times) {
        return Propagation.percentile(times, 50);
    }
}
