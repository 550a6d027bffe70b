package no.rhf.servicemiljo.base.ui;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.Axe;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

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

    /**
     * One visit per route and role (page loads are what this test spends its time on): axe at the desktop width,
     * then the same page at 360 px, where nothing may scroll sideways.
     */
    @Test
    void everyRouteForEveryRoleHasNoWcag21AaViolationAndNoSidewaysScrollAt360Px() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        List<String> wide = new ArrayList<>();
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
    }

    private Map<String, List<String>> routesByRole() {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (AccessibilityChecks.CheckedRoute route : AccessibilityChecks.ROUTES) {
            route.roles().forEach(role -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(route.route()));
        }
        return byRole;
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
