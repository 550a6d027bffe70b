package no.rhf.servicemiljo.dashboard;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.ReportChanged;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.leadership.LeadershipChanged;
import no.rhf.servicemiljo.dashboard.ui.DashboardView;
import no.rhf.servicemiljo.leadership.LeadershipService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LeadershipService leadership;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void coordinatorsSeeTheDashboardWithTheirRegionFirst() {
        login(TestUsers.COORDINATOR_NORD);
        UI.getCurrent().navigate(DashboardView.class);
        _get(DashboardView.class);
        String leader = leadership.status().current().orElseThrow().getRegion().getName();
        assertEquals(leader, _get(Span.class, spec -> spec.withId("current-leader")).getText());
        HtmlTable units = _get(HtmlTable.class, spec -> spec.withId("units-table"));
        assertTrue(units.rowCount() == 4);
        String firstRow = units.getElement().getChild(1).getChild(0).getChild(0).getText();
        assertEquals("Helse Nord", firstRow);
        _get(HtmlTable.class, spec -> spec.withId("funding-table"));
        _get(HtmlTable.class, spec -> spec.withId("applications-table"));
        assertTrue(_get(Paragraph.class, spec -> spec.withId("evaluation-state")).getText().startsWith("Evalueringen"));
    }

    @Test
    void aChangeRebuildsOnlyThePanelsThatShowItAndLeavesOtherScreensAlone() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(DashboardView.class);
        Component leadershipBefore = panelContent("LeadershipPanel");
        Component unitsBefore = panelContent("UnitsPanel");
        Component progressBefore = panelContent("ReportProgressPanel");

        events.publishEvent(new LeadershipChanged());
        MockVaadin.runUIQueue();
        assertNotSame(leadershipBefore, panelContent("LeadershipPanel"), "the leadership panel reloads");
        assertSame(unitsBefore, panelContent("UnitsPanel"), "the units panel is not rebuilt for a leadership change");
        assertSame(progressBefore, panelContent("ReportProgressPanel"));

        events.publishEvent(new ReportChanged(1, 1));
        MockVaadin.runUIQueue();
        assertNotSame(progressBefore, panelContent("ReportProgressPanel"), "the reporting panel reloads for a report");
        assertSame(unitsBefore, panelContent("UnitsPanel"), "nor is it rebuilt for a report");

        Component applicationsBefore = panelContent("ApplicationsPanel");
        events.publishEvent(new no.rhf.servicemiljo.irf.ApplicationChanged(1));
        MockVaadin.runUIQueue();
        assertNotSame(applicationsBefore, panelContent("ApplicationsPanel"), "the applications panel reloads for an application");
        assertSame(unitsBefore, panelContent("UnitsPanel"));
    }

    private static Component panelContent(String panel) {
        return _get(Div.class, spec -> spec.withId("panel-" + panel)).getComponentAt(1);
    }

    @Test
    void panelsWithoutDataShowAHelpfulEmptyState() {
        List<Map<String, Object>> saved = jdbc.queryForList("select region_id, year, earmarked_mnok, rare_diagnoses_mnok from regional_funding");
        jdbc.update("delete from regional_funding");
        try {
            login(TestUsers.OBSERVER);
            UI.getCurrent().navigate(DashboardView.class);
            _get(DashboardView.class);
            assertTrue(_find(HtmlTable.class, spec -> spec.withId("funding-table")).isEmpty());
            assertTrue(_find(Paragraph.class, spec -> spec.withClasses("sm-empty-state")).stream()
                    .anyMatch(p -> p.getText().equals("Ingen tilskudd er registrert ennå.")));
        } finally {
            saved.forEach(row -> jdbc.update("insert into regional_funding (region_id, year, earmarked_mnok, rare_diagnoses_mnok) values (?,?,?,?)",
                    row.get("region_id"), row.get("year"), row.get("earmarked_mnok"), row.get("rare_diagnoses_mnok")));
        }
    }

    @Test
    void theFundingPanelSaysPlainlyThatThisYearsFiguresAreMissingAndAdminCanAddThem() {
        int thisYear = java.time.LocalDate.now().getYear();
        Integer latest = jdbc.queryForObject("select max(year) from regional_funding", Integer.class);
        org.junit.jupiter.api.Assumptions.assumeTrue(latest != null && latest < thisYear, "the demo has only older figures");
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(DashboardView.class);
        _get(DashboardView.class);
        assertEquals("Tallene for " + thisYear + " er ikke registrert ennå. Viser " + latest + ", det siste året med tall.",
                _get(Paragraph.class, spec -> spec.withId("funding-missing")).getText());
        assertEquals("Registrer tilskudd for " + thisYear,
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("funding-edit")).getText());
        _get(HtmlTable.class, spec -> spec.withId("funding-table"));

        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate(DashboardView.class);
        _get(DashboardView.class);
        _get(Paragraph.class, spec -> spec.withId("funding-missing"));
        assertTrue(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("funding-edit")).isEmpty(),
                "only ADMIN adds figures");
    }

    @Test
    void theHandoverShownIsTheNearestChangeOfLeadership() {
        login(TestUsers.ADMIN);
        var handover = leadership.status().handover().orElseThrow();
        UI.getCurrent().navigate(DashboardView.class);
        _get(DashboardView.class);
        String progress = _get(Paragraph.class, spec -> spec.withId("handover-progress")).getText();
        assertTrue(progress.startsWith("Overlevering til " + handover.getRegion().getName()
                + " (" + no.rhf.servicemiljo.base.ui.Formats.date(handover.getStartsOn()) + ")"), progress);
        UI.getCurrent().navigate(no.rhf.servicemiljo.leadership.ui.LeadershipView.class);
        assertEquals("Lederskiftet er " + no.rhf.servicemiljo.base.ui.Formats.date(handover.getStartsOn()) + ".",
                _get(Paragraph.class, spec -> spec.withId("handover-when")).getText());
    }

    @Test
    void irfMembersDoNotSeeTheDashboard() {
        login(TestUsers.IRF_MEMBER);
        assertTrue(_find(DashboardView.class).isEmpty());
        UI.getCurrent().navigate(DashboardView.class);
        assertTrue(_find(DashboardView.class).isEmpty(), "IRF members do not see the dashboard");
    }
}
