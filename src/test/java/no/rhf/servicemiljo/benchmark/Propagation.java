package no.rhf.servicemiljo.benchmark;

import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Measures, in the pages themselves ({@code Date.now()}; every context of one Chromium reads the same clock), how
 * long a value set in one page's select takes to show in every other page, and formats figures. Shared by the
 * propagation benchmarks, so the product and the floor are measured the same way.
 */
public final class Propagation {

    private Propagation() {
    }

    /**
     * Sets the select {@code field} in the first page {@code warmUp + changes} times to {@code value.apply(i)} (each
     * must differ from the one before); returns, per change after the warm-up, the ms until the slowest other page
     * had it (its {@code value-changed} event).
     */
    public static List<Long> ofSelect(List<Page> pages, String field, IntFunction<String> value, int warmUp, int changes) {
        List<Page> readers = pages.subList(1, pages.size());
        for (Page reader : readers) {
            reader.evaluate("""
                    field => {
                      window.__seen = [];
                      window.__watched = window.__watched || {};
                      if (!window.__watched[field]) { // once per page, however often it is measured
                        window.__watched[field] = true;
                        document.querySelector(field).addEventListener('value-changed', e => window.__seen.push([e.detail.value, Date.now()]));
                      }
                    }""", field);
        }
        Page writer = pages.getFirst();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < warmUp + changes; i++) {
            String v = value.apply(i);
            for (Page reader : readers) {
                reader.evaluate("() => window.__seen = []");
            }
            double start = ((Number) writer.evaluate("([field, v]) => { document.querySelector(field).value = v; return Date.now(); }",
                    List.of(field, v))).doubleValue();
            long slowest = 0;
            for (Page reader : readers) {
                reader.waitForFunction("v => window.__seen.some(s => s[0] === v)", v);
                double seen = ((Number) reader.evaluate("v => window.__seen.find(s => s[0] === v)[1]", v)).doubleValue();
                slowest = Math.max(slowest, Math.round(seen - start));
            }
            if (i >= warmUp) {
                times.add(slowest);
            }
        }
        return times;
    }

    /** A list of counts from a system property ({@code -Dname=2,5,10}), or the defaults. */
    public static int[] counts(String property, String defaults) {
        return java.util.Arrays.stream(System.getProperty(property, defaults).split(",")).mapToInt(c -> Integer.parseInt(c.strip())).toArray();
    }

    /** The {@code p}th percentile (nearest rank) of {@code times}. */
    public static long percentile(List<Long> times, int p) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** A Markdown table row: {@code | cells… | p50 | p95 | max |}. */
    public static String row(String cells, List<Long> times) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d |", cells, percentile(times, 50), percentile(times, 95), Collections.max(times));
    }
}
