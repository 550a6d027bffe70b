package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.html.Anchor;

import java.util.List;

/**
 * What the automated accessibility tests check, kept in one place: the browser tests read their
 * axe-core tags, viewport width and routes per role from here, and the accessibility statement
 * (the shell's statement view) lists the same checks, so the statement never claims more
 * (or less) than the build verifies.
 */
public final class AccessibilityChecks {

    /** Where the accessibility statement is (public). */
    public static final String STATEMENT_ROUTE = "tilgjengelighet";

    /** The link to the statement that every page and the login page carry. */
    public static Anchor statementLink() {
        Anchor link = new Anchor(STATEMENT_ROUTE, com.vaadin.flow.component.UI.getCurrent().getTranslation("a11y.link"));
        link.addClassName("sm-statement-link");
        return link;
    }

    /** The axe-core rule tags run on every page: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The narrow viewport (CSS pixels) at which no page may scroll sideways (WCAG 1.4.10 reflow). */
    public static final int NARROW_WIDTH_PX = 360;

    /** One automated check; its text is {@code a11y.check.<name>} in the {@code a11y} bundle. */
    public enum Check {
        /** axe-core on every route below for every role, with no violation of {@link #AXE_TAGS}. */
        AXE,
        /** The IRF ballot is built, reordered, tied, untied, unranked and submitted with the keyboard alone. */
        KEYBOARD_BALLOT,
        /** Another user's edit is announced politely in a live region in a second browser. */
        LIVE_ANNOUNCEMENTS,
        /** No page scrolls sideways at {@link #NARROW_WIDTH_PX} px; wide tables scroll inside themselves. */
        REFLOW,
        /** Every message bundle has the same keys in bokmål, nynorsk and English. */
        LANGUAGES,
        /** This statement opens without signing in, and the login page links to it. */
        STATEMENT_PUBLIC
    }

    /**
     * A route checked with axe-core, and the roles (names of the security roles) it is checked for; a part in braces
     * ({@code reports/{report}}) stands for one that the demo data has (the test picks it).
     */
    public record CheckedRoute(String route, String titleKey, List<String> roles) {
    }

    private static final String ADMIN = "ADMIN";
    private static final String COORDINATOR = "REGIONAL_COORDINATOR";
    private static final String REFERENCE = "REFERENCE_GROUP_MEMBER";
    private static final String IRF = "IRF_MEMBER";
    private static final String CONTACT = "SERVICE_CONTACT";
    private static final String OBSERVER = "OBSERVER";
    /** Not a role: pages checked without signing in. */
    public static final String ANONYMOUS = "ANONYMOUS";

    public static final List<CheckedRoute> ROUTES = List.of(
            new CheckedRoute("login", "login.title", List.of(ANONYMOUS)),
            new CheckedRoute(STATEMENT_ROUTE, "a11y.title", List.of(ANONYMOUS)),
            new CheckedRoute("", "nav.home", List.of(ADMIN, COORDINATOR, REFERENCE, IRF, CONTACT, OBSERVER)),
            new CheckedRoute("dashboard", "nav.dashboard", List.of(ADMIN, COORDINATOR, OBSERVER)),
            new CheckedRoute("leadership", "nav.leadership", List.of(ADMIN)),
            new CheckedRoute("units", "nav.units", List.of(ADMIN, REFERENCE, CONTACT)),
            new CheckedRoute("units/{unit}", "a11y.page.unit", List.of(CONTACT)),
            new CheckedRoute("units/counts", "nav.unit-counts", List.of(COORDINATOR)),
            new CheckedRoute("units/new", "unit.new.title", List.of(ADMIN)),
            new CheckedRoute("units/import", "nav.unit-import", List.of(ADMIN)),
            new CheckedRoute("reports", "nav.reports", List.of(ADMIN, COORDINATOR, REFERENCE)),
            new CheckedRoute("reports/{report}", "a11y.page.report", List.of(ADMIN)),
            new CheckedRoute("reports/cycles/{cycle}", "assessment.cycle.settings", List.of(ADMIN)),
            new CheckedRoute("reports/summary", "summary.open", List.of(ADMIN, OBSERVER)),
            new CheckedRoute("irf/applications", "nav.irf-applications", List.of(COORDINATOR, IRF)),
            new CheckedRoute("irf/ranking", "nav.irf-ranking", List.of(IRF, OBSERVER)),
            new CheckedRoute("calendar", "nav.calendar", List.of(COORDINATOR, CONTACT)),
            new CheckedRoute("my-deadlines", "nav.my-deadlines", List.of(CONTACT)),
            new CheckedRoute("reminders", "nav.reminders", List.of(ADMIN)),
            new CheckedRoute("users", "nav.users", List.of(ADMIN)),
            new CheckedRoute("arenas", "nav.arenas", List.of(COORDINATOR, CONTACT)),
            new CheckedRoute("arenas/{arena}", "a11y.page.arena", List.of(CONTACT)),
            new CheckedRoute("arenas/edit", "arena.create", List.of(ADMIN)),
            new CheckedRoute("ern", "nav.ern", List.of(COORDINATOR)),
            new CheckedRoute("reorganisation", "nav.reorganisation", List.of(ADMIN)),
            new CheckedRoute("reorganisation/{case}", "a11y.page.case", List.of(ADMIN)),
            new CheckedRoute("websites", "nav.websites", List.of(COORDINATOR)),
            new CheckedRoute("websites/{year}/{unit}", "a11y.page.website", List.of(ADMIN)),
            new CheckedRoute("websites/criteria", "website.criteria.title", List.of(ADMIN)));

    private AccessibilityChecks() {
    }
}
