package no.rhf.servicemiljo.base.ui;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.Axe;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core with the WCAG 2.1 A/AA rules on every route of {@link AccessibilityChecks#ROUTES}, for every
 * role it lists, signed in as that role's demo user; and the reflow check at 360 px on the same pages.
 * The routes and tags are the ones the accessibility statement shows.
 */
class AccessibilityBrowserTest extends BrowserTest {

    static final Map<String, String> USER_OF_ROLE = Map.of(
            "ADMIN", TestUsers.ADMIN,
            "REGIONAL_COORDINATOR", TestUsers.COORDINATOR_VEST,
            "REFERENCE_GROUP_MEMBER", TestUsers.REFERENCE_MEMBER,
            "IRF_MEMBER", TestUsers.IRF_MEMBER,
            "SERVICE_CONTACT", TestUsers.SERVICE_CONTACT,
            "OBSERVER", TestUsers.OBSERVER);

    /** The page of the demo data each route with a part in braces is checked on: a query giving its path. */
    static final Map<String, String> EXAMPLE_OF_ROUTE = Map.of(
            "reports/{report}", "select 'reports/' || id from annual_report order by status = 'UNDER_ASSESSMENT' desc, id limit 1",
            "reports/cycles/{cycle}", "select 'reports/cycles/' || max(id) from reporting_cycle",
            "units/{unit}", "select 'units/' || min(u.id) from national_unit u join app_user c on c.id = u.contact_user_id"
                    + " where c.username = '" + TestUsers.SERVICE_CONTACT + "'",
            "arenas/{arena}", "select 'arenas/' || min(id) from arena_event where status = 'PUBLISHED'",
            "reorganisation/{case}", "select 'reorganisation/' || min(id) from reorganisation_case",
            "websites/{year}/{unit}", "select 'websites/' || c.year || '/' || a.unit_id from website_answer a"
                    + " join website_criterion c on c.id = a.criterion_id order by c.year desc, a.unit_id limit 1");

    @Autowired
    JdbcTemplate jdbc;

    /**
     * One visit per route and role (page loads are what this test spends its time on): axe at the desktop width,
     * then the same page at 360 px, where nothing may scroll sideways.
     */
    @Test
    void everyRouteForEveryRoleHasNoWcag21AaViolationAndNoSidewaysScrollAt360Px() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        List<String> wide = new ArrayList<>();
        List<String> squeezed = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : routesByRole().entrySet()) {
            Page page = signIn(role.getKey());
            var desktop = page.viewportSize();
            for (String route : role.getValue()) {
                page.setViewportSize(desktop.width, desktop.height);
                open(page, route);
                List<Axe.Violation> violations = Axe.run(page);
                violations.forEach(v -> System.out.println("[axe] " + role.getKey() + " /" + route + ": " + v));
                if (!violations.isEmpty()) {
                    found.put(role.getKey() + " /" + route, violations);
                }
                // On a desktop the header's language switch keeps its whole label ("Norsk (bokmål)"), whatever the title.
                Object switchWidth = page.evaluate("() => { const s = document.querySelector('#language-select');"
                        + " return s ? s.getBoundingClientRect().width : null; }");
                if (switchWidth instanceof Number width && width.doubleValue() < 160) {
                    squeezed.add(role.getKey() + " /" + route + ": " + width + " px");
                }
                page.setViewportSize(AccessibilityChecks.NARROW_WIDTH_PX, 740);
                waitForVaadin(page);
                page.waitForTimeout(300); // the layout's own resize handling (drawer, grids) settles
                Object overflow = page.evaluate("() => { const e = document.scrollingElement;"
                        + " return e.scrollWidth > e.clientWidth ? e.scrollWidth + ' > ' + e.clientWidth : null; }");
                if (overflow != null) {
                    wide.add(role.getKey() + " /" + route + ": " + overflow);
                }
            }
            page.context().close();
        }
        assertThat(found).as("axe-core WCAG 2.1 A/AA violations per role and route").isEmpty();
        assertThat(wide).as("pages wider than " + AccessibilityChecks.NARROW_WIDTH_PX + " px").isEmpty();
        assertThat(squeezed).as("language switches narrower than their label at the desktop width").isEmpty();
    }

    private Map<String, List<String>> routesByRole() {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (AccessibilityChecks.CheckedRoute route : AccessibilityChecks.ROUTES) {
            String path = example(route.route());
            route.roles().forEach(role -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(path));
        }
        return byRole;
    }

    private String example(String route) {
        if (!route.contains("{")) {
            return route;
        }
        String sql = EXAMPLE_OF_ROUTE.get(route);
        assertThat(sql).as("a query for an example of /" + route).isNotNull();
        String path = jdbc.queryForObject(sql, String.class);
        assertThat(path).as("the demo data has a page for /" + route).isNotNull().doesNotContain("{");
        return path;
    }

    private Page signIn(String role) {
        if (AccessibilityChecks.ANONYMOUS.equals(role)) {
            return newPage();
        }
        return loginAs(USER_OF_ROLE.get(role));
    }

    private void open(Page page, String route) {
        page.navigate(url(route));
        assertThat(page.locator("main, [role=main], vaadin-app-layout").first()).isVisible();
        waitForVaadin(page);
        // Let late rendering (grids, lazy data) settle before axe looks.
        page.waitForTimeout(300);
    }
}
