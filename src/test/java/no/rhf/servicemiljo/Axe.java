package no.rhf.servicemiljo;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.base.ui.AccessibilityChecks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the npm package's {@code axe.min.js}, MPL-2.0, under {@code src/test/resources/axe/})
 * injected into a Playwright page and run with the WCAG 2.1 A/AA tags from {@link AccessibilityChecks}.
 */
public final class Axe {

    private static final String SCRIPT = load();

    /** One rule broken, with where. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " " + targets;
        }
    }

    private Axe() {
    }

    /** Runs axe-core on the whole page as it is now and returns the violations of the WCAG 2.1 A/AA rules. */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        }
        Object result = page.evaluate("async tags => {"
                + " const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });"
                + " return r.violations.map(v => ({ rule: v.id, impact: v.impact || '', help: v.help,"
                + "   targets: v.nodes.slice(0, 5).map(n => JSON.stringify(n.target) + ' ' + (n.html || '').slice(0, 160) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)) }));"
                + "}", AccessibilityChecks.AXE_TAGS);
        List<Violation> violations = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets")));
        }
        return violations;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
