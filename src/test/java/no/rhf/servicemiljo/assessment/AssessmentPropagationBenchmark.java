package no.rhf.servicemiljo.assessment;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Live propagation in a co-edited assessment: the same assessment open in N browser contexts (N = 2, 5,
 * 10, the people who assess a report, some in two tabs), one of them changes a field repeatedly, and
 * for each change the time until every other context shows the new value is taken. Prints p50 and p95.
 *
 * <p>Times are taken in the pages themselves (Date.now() when the writer sets the value, and when each
 * reader's field receives it), so the test driver's polling does not add to them. Two fields: a rating
 * (stored the moment it is chosen) and a comment (stored after the typing pause of 400 ms, which is
 * therefore part of its figure).
 *
 * <p>Run: {@code scripts/benchmark-assessment.sh} (or {@code ./mvnw test -Pbenchmark -Dtest=AssessmentPropagationBenchmark}).
 */
@Tag("benchmark")
class AssessmentPropagationBenchmark extends BrowserTest {

    private static final int WARM_UP = 3;
    private static final int CHANGES = 30;
    private static final String[] EDITORS = {TestUsers.REFERENCE_MEMBER, TestUsers.COORDINATOR_VEST, TestUsers.ADMIN,
            TestUsers.REFERENCE_MEMBER_VEST, "kristin.moe"};

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void propagationToEveryOtherContext() {
        long report = jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id
                where u.name_nb = 'Nasjonal behandlingstjeneste for avansert brannskadebehandling'""", Long.class);
        long criterion = jdbc.queryForObject("select min(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id where r.id = ?",
                Long.class, report);
        System.out.println();
        System.out.println("Assessment propagation: " + CHANGES + " changes per row, time until every other context shows the value");
        System.out.println("| contexts | field | p50 ms | p95 ms | max ms |");
        System.out.println("|---:|---|---:|---:|---:|");
        for (int n : new int[]{2, 5, 10}) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Page page = loginAs(EDITORS[i % EDITORS.length]);
                page.navigate(url("reports/" + report));
                assertThat(page.locator("#field-rating-" + criterion)).isVisible();
                pages.add(page);
            }
            String ratingField = "#field-rating-" + criterion;
            int first = "1".equals(pages.getFirst().evaluate("f => document.querySelector(f).value", ratingField)) ? 1 : 0;
            row(n, "rating", measure(pages, ratingField, i -> String.valueOf(1 + (i + first) % 2))); // always a change
            int round = n;
            row(n, "comment", measure(pages, "#field-comment-" + criterion, i -> "Endring " + round + "." + i + " – æøå"));
            pages.forEach(p -> p.context().close());
        }
    }

    /** Sets the field in the first page {@code WARM_UP + CHANGES} times; returns the propagation times after warm-up. */
    private List<Long> measure(List<Page> pages, String field, java.util.function.IntFunction<String> value) {
        for (Page reader : pages.subList(1, pages.size())) {
            reader.evaluate("""
                    field => {
                      window.__seen = [];
                      document.querySelector(field).addEventListener('value-changed', e => window.__seen.push([e.detail.value, Date.now()]));
                    }""", field);
        }
        Page writer = pages.getFirst();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + CHANGES; i++) {
            String v = value.apply(i);
            for (Page reader : pages.subList(1, pages.size())) {
                reader.evaluate("() => window.__seen = []");
            }
            double start;
            if (field.contains("comment")) { // typed, as a person would: input events, then the pause
                start = ((Number) writer.evaluate("() => Date.now()")).doubleValue();
                writer.locator(field + " textarea").fill(v);
            } else {
                start = ((Number) writer.evaluate("([field, v]) => { document.querySelector(field).value = v; return Date.now(); }",
                        List.of(field, v))).doubleValue();
            }
            long slowest = 0;
            for (Page reader : pages.subList(1, pages.size())) {
                reader.waitForFunction("v => window.__seen.some(s => s[0] === v)", v);
                double seen = ((Number) reader.evaluate("v => window.__seen.find(s => s[0] === v)[1]", v)).doubleValue();
                slowest = Math.max(slowest, Math.round(seen - start));
            }
            if (i >= WARM_UP) {
                times.add(slowest);
            }
        }
        return times;
    }

    private static void row(int contexts, String field, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "| %d | %s | %d | %d | %d |", contexts, field, percentile(sorted, 50),
                percentile(sorted, 95), sorted.getLast()));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
