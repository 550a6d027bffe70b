package no.rhf.servicemiljo.assessment.summary;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.UnitLine;
import no.rhf.servicemiljo.assessment.summary.ui.NationalSummaryView;
import no.rhf.servicemiljo.assessment.ui.ReportListView;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each test runs in a transaction that is rolled back afterwards (Karibu runs the views on the test's
 * thread), so the cycles seeded here, and the emptied tables of the no-cycle test, never reach other tests.
 */
@Transactional
class NationalSummaryViewTest extends KaribuTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    private long newCycle(boolean seeded) {
        signIn(TestUsers.ADMIN);
        int year = SummaryFixtures.nextYear(jdbc);
        long cycle = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10)).id();
        if (seeded) {
            SummaryFixtures.seed(jdbc, cycle, year);
        }
        return cycle;
    }

    private void open(long cycleId) {
        UI.getCurrent().navigate(NationalSummaryView.class, new RouteParameters("cycleId", String.valueOf(cycleId)));
        MockVaadin.clientRoundtrip(false); // lets Collaboration Engine activate the topic connection
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitLine> grid() {
        return _get(Grid.class, spec -> spec.withId("summary-grid"));
    }

    private static int rowOf(Grid<UnitLine> grid, String unitName) {
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).unitName().equals(unitName)) {
                return i;
            }
        }
        throw new AssertionError(unitName + " not listed");
    }

    @Test
    void aCoordinatorSeesTheTableTheDistributionsAndWritesTheTextThatIsStoredAtOnce() {
        long cycle = newCycle(true);
        login(TestUsers.COORDINATOR_VEST);
        open(cycle);
        _get(NationalSummaryView.class);

        Grid<UnitLine> grid = grid();
        assertEquals(jdbc.queryForObject("select count(*) from annual_report where cycle_id = ?", Integer.class, cycle), _size(grid));
        int burns = rowOf(grid, SummaryFixtures.BURNS);
        assertEquals("Oppfylt", _getFormatted(grid, burns, "K1"));
        assertEquals("Delvis oppfylt", _getFormatted(grid, burns, "K2"));
        assertEquals("Godkjent av referansegruppen", _getFormatted(grid, burns, "status"));
        assertEquals("", _getFormatted(grid, rowOf(grid, SummaryFixtures.VESTIBULAR), "K1"), "in progress: not shown");
        assertEquals("Helse Sør-Øst / Helse Vest", _getFormatted(grid, rowOf(grid, SummaryFixtures.CLEFT), "region"));

        HtmlTable k1 = _get(HtmlTable.class, spec -> spec.withId("distribution-K1"));
        assertEquals(4, k1.rowCount());
        String firstRow = k1.getElement().getChild(1).getChild(0).getChild(0).getText();
        assertEquals("Helse Sør-Øst", firstRow);
        assertEquals("2", k1.getElement().getChild(1).getChild(1).getChild(1).getText(), "Helse Vest: two met");
        assertEquals("2", k1.getElement().getChild(2).getChild(0).getChild(1).getText(), "whole country: two met");
        assertTrue(_find(Html.class).stream().anyMatch(h -> h.getInnerHtml().contains("K1: vurderinger i hele landet")), "the SVG chart");
        assertTrue(_get(Paragraph.class, spec -> spec.withId("summary-counted")).getText().contains("4 av "));
        _get(Anchor.class, spec -> spec.withId("summary-export-pdf"));
        _get(Anchor.class, spec -> spec.withId("summary-export-csv"));

        _setValue(_get(Checkbox.class, spec -> spec.withId("summary-preliminary")), true);
        grid = grid();
        assertEquals("Ikke oppfylt (foreløpig)", _getFormatted(grid, rowOf(grid, SummaryFixtures.DEAFBLIND), "K1"));

        TextArea text = _get(TextArea.class, spec -> spec.withId("summary-text"));
        assertFalse(text.isReadOnly());
        _setValue(text, "Det går bra: kompetansespredning. Felles utfordring: ventetid i Helse Sør-Øst.");
        assertEquals("Det går bra: kompetansespredning. Felles utfordring: ventetid i Helse Sør-Øst.",
                jdbc.queryForObject("select text from national_summary where cycle_id = ?", String.class, cycle));
        assertEquals("Marte Solheim", jdbc.queryForObject("select u.full_name from national_summary_history h join app_user u on u.id = h.author_id "
                + "where h.cycle_id = ?", String.class, cycle));

        _setValue(text, "Et utkast som angres");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("summary-history")));
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, spec -> spec.withId("summary-history-grid"));
        _click((com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(history, 0, "restore"));
        assertEquals("Det går bra: kompetansespredning. Felles utfordring: ventetid i Helse Sør-Øst.",
                jdbc.queryForObject("select text from national_summary where cycle_id = ?", String.class, cycle), "restored from the history");
        assertEquals("Det går bra: kompetansespredning. Felles utfordring: ventetid i Helse Sør-Øst.",
                no.rhf.servicemiljo.base.coedit.CoEditedField.of(text).orElseThrow().text());
    }

    @Test
    void includeAllApprovedAsksFirstThenMovesThemIntoTheSummary() {
        long cycle = newCycle(true);
        login(TestUsers.ADMIN);
        open(cycle);
        _click(_get(Button.class, spec -> spec.withId("summary-include-all")));
        assertEquals(3, jdbc.queryForObject("select count(*) from annual_report where cycle_id = ? and status = 'APPROVED'", Integer.class, cycle),
                "nothing happens before confirming");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertEquals(0, jdbc.queryForObject("select count(*) from annual_report where cycle_id = ? and status = 'APPROVED'", Integer.class, cycle));
        Grid<UnitLine> grid = grid();
        assertEquals("Med i nasjonal oppsummering", _getFormatted(grid, rowOf(grid, SummaryFixtures.DENTAL), "status"));
    }

    @Test
    void observersReadWithoutEditingAndACycleWithoutApprovedReportsSaysSo() {
        long cycle = newCycle(false);
        login(TestUsers.OBSERVER);
        open(cycle);
        assertTrue(_get(TextArea.class, spec -> spec.withId("summary-text")).isReadOnly());
        assertTrue(_find(Button.class, spec -> spec.withId("summary-include-all")).isEmpty());
        assertTrue(_find(Checkbox.class, spec -> spec.withId("summary-preliminary")).isEmpty());
        assertTrue(_get(Paragraph.class, spec -> spec.withId("summary-no-approved")).getText().startsWith("Ingen årsrapporter er godkjent"));
        assertTrue(_find(HtmlTable.class).isEmpty());
    }

    @Test
    void othersAreRefusedAndTheReportListLinksToTheSummary() {
        login(TestUsers.SERVICE_CONTACT);
        UI.getCurrent().navigate(ReportListView.class);
        assertTrue(_find(Button.class, spec -> spec.withId("reports-summary")).isEmpty());
        UI.getCurrent().navigate("reports/summary");
        assertTrue(_find(NationalSummaryView.class).isEmpty());

        login(TestUsers.IRF_MEMBER);
        UI.getCurrent().navigate(ReportListView.class);
        _click(_get(Button.class, spec -> spec.withId("reports-summary")));
        _get(NationalSummaryView.class);
        _get(Grid.class, spec -> spec.withId("summary-grid"));
    }

    @Test
    void withoutAnyCycleTheSummaryAndTheDashboardPanelSaySo() {
        jdbc.execute("truncate reporting_cycle cascade"); // rolled back with the test's transaction
        login(TestUsers.COORDINATOR_MIDT);
        UI.getCurrent().navigate("reports/summary");
        _get(NationalSummaryView.class);
        assertTrue(_get(Paragraph.class, spec -> spec.withId("summary-no-cycle")).getText().startsWith("Ingen rapporteringsrunde"));
        UI.getCurrent().navigate(DashboardView.class);
        assertTrue(_find(HtmlTable.class, spec -> spec.withId("report-progress-table")).isEmpty());
        assertTrue(_find(Paragraph.class, spec -> spec.withClasses("sm-empty-state")).stream()
                .anyMatch(p -> p.getText().equals("Ingen rapporteringsrunde er opprettet ennå.")));
    }

    @Test
    void theDashboardShowsTheNewestCyclesProgressPerRegionWithTheCoordinatorsRegionFirst() {
        login(TestUsers.COORDINATOR_NORD);
        UI.getCurrent().navigate(DashboardView.class);
        _get(DashboardView.class);
        HtmlTable table = _get(HtmlTable.class, spec -> spec.withId("report-progress-table"));
        assertEquals(4, table.rowCount());
        assertEquals("Helse Nord", table.getElement().getChild(1).getChild(0).getChild(0).getText());
        int year = jdbc.queryForObject("select max(report_year) from reporting_cycle", Integer.class);
        assertEquals("Årsrapportene for " + year, _get(Paragraph.class, spec -> spec.withId("report-progress-year")).getText());
        var footer = table.getElement().getChild(2).getChild(0);
        int total = jdbc.queryForObject("select count(*) from annual_report r join reporting_cycle c on c.id = r.cycle_id "
                + "where c.report_year = ?", Integer.class, year);
        assertEquals(String.valueOf(total), footer.getChild(footer.getChildCount() - 2).getText(), "the total, before the late column");
    }
}
