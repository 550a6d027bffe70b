package no.rhf.servicemiljo.assessment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three people write one conclusion at the same time, in three Chromium browsers, key by key with realistic
 * pauses: every word each of them typed is in the final text, in their order; all browsers and the database
 * agree; the history credits each word to its typist; each sees the others' carets. Then the same with one of
 * them on a slow connection.
 */
class CoEditingBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void threePeopleTypingInOneTextAtOnceLoseNothing() {
        long report = report("Nasjonal behandlingstjeneste for gammaknivbehandling");
        List<Typist> typists = List.of(
                open(TestUsers.COORDINATOR_VEST, "Marte Solheim", "M", report),
                open(TestUsers.REFERENCE_MEMBER, "Anne Lie", "A", report),
                open(TestUsers.ADMIN, "Ingrid Haugen", "I", report));
        typeTogether(typists, 45, 25);

        String stored = converged(typists, report);
        for (Typist typist : typists) {
            assertEquals(typist.tokens, tokensOf(stored, typist.letter), typist.name + "'s words are all there, in order");
        }
        Map<String, String> credited = credited(report);
        for (Typist typist : typists) {
            String theirs = credited.getOrDefault(typist.name, "");
            typist.tokens.forEach(t -> assertTrue(theirs.contains(t), t + " is credited to " + typist.name));
            typists.stream().filter(other -> other != typist).forEach(other -> other.tokens.forEach(t ->
                    assertFalse(theirs.contains(t), t + " is not credited to " + typist.name)));
        }
        // The others' carets, in their colour with their name (the last typist stays in the field).
        Typist last = typists.getLast();
        last.area.click();
        last.page.keyboard().press("End");
        last.page.keyboard().type("!");
        assertThat(typists.getFirst().page.locator(".sm-caret-name", new Page.LocatorOptions().setHasText(last.name))).isVisible();
    }

    @Test
    void aTypistOnASlowConnectionLosesNothingEither() {
        long report = report("Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        Typist slow = open(TestUsers.COORDINATOR_VEST, "Marte Solheim", "S", report);
        Typist fast = open(TestUsers.ADMIN, "Ingrid Haugen", "F", report);
        // Every request from the slow browser to the server waits 400 ms on the way.
        slow.page.context().route("**/*", route -> {
            if (route.request().method().equals("POST")) {
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            route.resume();
        });
        typeTogether(List.of(slow, fast), 25, 30);
        String stored = converged(List.of(slow, fast), report);
        assertEquals(slow.tokens, tokensOf(stored, "S"));
        assertEquals(fast.tokens, tokensOf(stored, "F"));
    }

    private long report(String unit) {
        return jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id where u.name_nb = ?",
                Long.class, unit);
    }

    private Typist open(String username, String name, String letter, long report) {
        Page page = loginAs(username);
        page.navigate(url("reports/" + report));
        Locator area = page.locator("#field-conclusion textarea");
        assertThat(area).isEditable();
        return new Typist(page, area, name, letter);
    }

    /** Each types their own words at their own caret, a key at a time in turn, for the given number of words. */
    private void typeTogether(List<Typist> typists, int words, int pauseMs) {
        typists.forEach(t -> {
            t.area.click();
            t.page.keyboard().press("End");
        });
        long start = System.nanoTime();
        for (int word = 1; word <= words; word++) {
            for (Typist typist : typists) {
                typist.tokens.add("%s%03d".formatted(typist.letter, word));
            }
            for (int key = 0; key < 5; key++) {
                for (Typist typist : typists) {
                    String token = typist.tokens.getLast() + " ";
                    typist.page.keyboard().type(String.valueOf(token.charAt(key)));
                }
                typists.getFirst().page.waitForTimeout(pauseMs);
            }
        }
        System.out.printf("[co-editing] %d people typed %d words each at the same time for %.1f s%n", typists.size(), words,
                (System.nanoTime() - start) / 1e9);
    }

    /** Waits until every browser shows the same text and the database holds it; returns it. */
    private String converged(List<Typist> typists, long report) {
        typists.forEach(t -> waitForVaadin(t.page));
        String expected = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            String stored = jdbc.queryForObject("select value from assessment_value where report_id = ? and field_key = 'conclusion'",
                    String.class, report);
            boolean same = typists.stream().allMatch(t -> stored.equals(t.area.inputValue()));
            if (same) {
                return stored;
            }
            expected = stored;
            typists.getFirst().page.waitForTimeout(200);
        }
        for (Typist t : typists) {
            assertEquals(expected, t.area.inputValue(), t.name + "'s browser shows the stored text");
        }
        return expected;
    }

    private static List<String> tokensOf(String text, String letter) {
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile(letter + "\\d{3}").matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Everything each person added themselves, by the history. */
    private Map<String, String> credited(long report) {
        Map<String, String> credited = new java.util.HashMap<>();
        jdbc.query("""
                select u.full_name, string_agg(coalesce(h.inserted, ''), '' order by h.id) from assessment_value_history h
                join app_user u on u.id = h.author_id where h.report_id = ? and h.field_key = 'conclusion' group by u.full_name
                """, rs -> {
            credited.put(rs.getString(1), rs.getString(2));
        }, report);
        return credited;
    }

    private static final class Typist {
        final Page page;
        final Locator area;
        final String name;
        final String letter;
        final List<String> tokens = new ArrayList<>();

        Typist(Page page, Locator area, String name, String letter) {
            this.page = page;
            this.area = area;
            this.name = name;
            this.letter = letter;
        }
    }
}
