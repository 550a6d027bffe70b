package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.base.ui.PlainSelect;
import no.rhf.servicemiljo.shell.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssessmentService assessments;

    private long report(String contact, int regionId, int n) {
        return jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id join app_user c on c.id = u.contact_user_id
                join health_trust t on t.id = u.host_trust_id
                where c.username = ? and t.region_id = ? and u.second_host_trust_id is null and r.status = 'EXPECTED'
                order by r.id desc offset ? limit 1
                """, Long.class, contact, regionId, n);
    }

    /** The open assessment's first rating select. */
    private static PlainSelect firstRating() {
        return _find(PlainSelect.class).stream().filter(s -> s.getId().orElse("").startsWith("field-rating-")).findFirst().orElseThrow();
    }

    private void open(long report) {
        UI.getCurrent().navigate(AssessmentView.class, new RouteParameters("id", String.valueOf(report)));
    }

    @Test
    void theServiceContactRegistersTheReportButDoesNotSeeTheAssessmentBeforeItIsApproved() {
        long report = report("per.olsen", 1, 0);
        login(TestUsers.SERVICE_CONTACT);
        open(report);
        _get(Upload.class, spec -> spec.withId("report-upload"));
        assertTrue(_find(TextArea.class, spec -> spec.withId("field-conclusion")).isEmpty(), "no assessment before approval");
        _get(TextField.class, spec -> spec.withId("report-erapport-link")).setValue("ikke en lenke");
        _click(_get(Button.class, spec -> spec.withId("report-register")));
        TextField link = _get(TextField.class, spec -> spec.withId("report-erapport-link"));
        assertTrue(link.isInvalid());
        assertEquals("Lenken til eRapport må begynne med https://", link.getErrorMessage());

        link.setValue("https://erapport.example.no/2025/1");
        _click(_get(Button.class, spec -> spec.withId("report-register")));
        assertEquals("Mottatt " + no.rhf.servicemiljo.base.ui.Formats.date(LocalDate.now()),
                _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("report-received")).getText());
    }

    @Test
    void aCoordinatorAddsAFollowUpNeedWithAMessageAtTheFieldForWhatIsMissing() {
        long report = report("per.olsen", 1, 1);
        login(TestUsers.COORDINATOR_SOR_OST);
        open(report);
        _get(TextArea.class, spec -> spec.withId("field-conclusion"));
        assertEquals("Ingen oppfølgingsbehov er registrert.",
                _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("follow-up-empty")).getText());
        assertTrue(_find(Grid.class, spec -> spec.withId("follow-up-grid")).isEmpty(), "no grid while there is nothing to list");
        _click(_get(Button.class, spec -> spec.withId("follow-up-add")));
        _click(_get(Button.class, spec -> spec.withId("follow-up-save")));
        TextArea description = _get(TextArea.class, spec -> spec.withId("follow-up-description"));
        assertTrue(description.isInvalid());
        assertEquals("Fyll ut dette feltet", description.getErrorMessage());
        description.setValue("Henvisningskriteriene publiseres på nettsiden");
        _click(_get(Button.class, spec -> spec.withId("follow-up-save")));
        @SuppressWarnings("unchecked")
        Select<Object> region = _get(Select.class, spec -> spec.withId("follow-up-region"));
        assertTrue(region.isInvalid(), "a region is required");
        region.setValue(region.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("follow-up-save")));
        assertEquals(1, _size(_get(Grid.class, spec -> spec.withId("follow-up-grid"))));
        assertTrue(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("follow-up-empty")).isEmpty());
    }

    @Test
    void aRatingTheSelectDoesNotOfferIsRefusedAtTheFieldAndNothingIsStored() {
        long report = report("per.olsen", 1, 2);
        login(TestUsers.COORDINATOR_SOR_OST);
        open(report);
        PlainSelect rating = firstRating();
        String key = rating.getId().orElseThrow().substring("field-".length());
        String before = assessments.values(report).get(key);
        _setValue(rating, "ALL_GOOD"); // what a tampered browser could send: the options are only in the browser
        assertTrue(rating.isInvalid());
        assertEquals("Ugyldig vurdering", rating.getErrorMessage());
        assertEquals(before, assessments.values(report).get(key), "nothing stored");
        assertEquals(before == null ? "" : before, rating.getValue(), "the select shows what is stored, not the refused value");
        _setValue(rating, "NOT_RELEVANT");
        assertFalse(rating.isInvalid());
        assertEquals("NOT_RELEVANT", assessments.values(report).get(key));
    }

    @Test
    void aRatingChosenAfterTheReportWasApprovedElsewhereIsRefusedAtTheFieldAndTheSelectShowsWhatIsStored() {
        long report = report("per.olsen", 1, 3);
        login(TestUsers.COORDINATOR_SOR_OST);
        open(report);
        PlainSelect rating = firstRating();
        String key = rating.getId().orElseThrow().substring("field-".length());
        _setValue(rating, "MET");
        assertEquals("MET", assessments.values(report).get(key));
        String status = jdbc.queryForObject("select status from annual_report where id = ?", String.class, report);
        // approved by someone else a moment ago: this screen has not heard of it yet
        jdbc.update("update annual_report set status = 'APPROVED' where id = ?", report);
        try {
            _setValue(rating, "NOT_MET");
            assertEquals("MET", assessments.values(report).get(key), "nothing stored");
            assertEquals("MET", rating.getValue(), "the select goes back to what is stored");
            assertTrue(rating.isInvalid());
            assertTrue(rating.getErrorMessage().startsWith("Vurderingen kan ikke endres av deg nå"), rating.getErrorMessage());
        } finally {
            jdbc.update("update annual_report set status = ? where id = ?", status, report);
        }
    }

    @Test
    void theHistoryShowsRatingLabelsAndFullNamesInTheSharedHistoryGrid() {
        long report = report("per.olsen", 1, 2);
        login(TestUsers.COORDINATOR_SOR_OST);
        open(report);
        String key = _find(PlainSelect.class).stream().map(s -> s.getId().orElse(""))
                .filter(id -> id.startsWith("field-rating-")).findFirst().orElseThrow().substring("field-".length());
        assessments.saveField(report, key, "PARTLY_MET");
        assessments.saveField(report, key, "NOT_MET");
        _click(_get(Button.class, spec -> spec.withId("assessment-history")));
        @SuppressWarnings("unchecked")
        Grid<no.rhf.servicemiljo.base.ui.HistoryRow> history = _get(Grid.class, spec -> spec.withId("assessment-history-grid"));
        assertTrue(history instanceof no.rhf.servicemiljo.base.ui.HistoryGrid, "the shared history component");
        var latest = com.github.mvysny.kaributesting.v10.GridKt._get(history, 0);
        assertEquals("Ikke oppfylt", latest.after(), "the label, not NOT_MET");
        assertEquals("Delvis oppfylt", latest.before(), "the label, not PARTLY_MET");
        assertEquals("Lars Berg", latest.who());
        assertTrue(latest.what().endsWith("– vurdering"), latest.what());
        assertEquals("Ikke oppfylt", com.github.mvysny.kaributesting.v10.GridKt._getFormatted(history, 0, "after"));
        assertTrue(history.getColumnByKey("restore") != null, "a coordinator who may edit can restore");
    }

    @Test
    void anotherRegionsCoordinatorTypingTheAddressIsRefused() {
        long report = report("per.olsen", 1, 2);
        login(TestUsers.COORDINATOR_NORD);
        open(report);
        assertFalse(_find(AccessDeniedView.class).isEmpty());
        assertTrue(_find(AssessmentView.class).isEmpty());
    }

    @Test
    void adminEditsTheCycleWithMessagesAtTheFieldAndAddsACriterion() {
        login(TestUsers.ADMIN);
        var cycle = assessments.cycles().getFirst();
        UI.getCurrent().navigate(CycleSettingsView.class, new RouteParameters("cycleId", String.valueOf(cycle.id())));
        DatePicker approval = _get(DatePicker.class, spec -> spec.withLabel("Frist for referansegruppens godkjenning"));
        approval.setValue(cycle.dueOn().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("cycle-save")));
        assertTrue(approval.isInvalid());
        assertEquals("Godkjenningsfristen kan ikke være før vurderingsfristen", approval.getErrorMessage());
        assertEquals(cycle.approvalDeadline(), assessments.cycle(cycle.id()).approvalDeadline(), "nothing stored");

        int before = _size(_get(Grid.class, spec -> spec.withId("criteria-grid")));
        _click(_get(Button.class, spec -> spec.withId("criterion-add")));
        _click(_get(Button.class, spec -> spec.withId("criterion-save")));
        assertTrue(_get(TextField.class, spec -> spec.withId("criterion-title")).isInvalid());
        _get(TextField.class, spec -> spec.withId("criterion-title")).setValue("Samarbeid med kommunene");
        _click(_get(Button.class, spec -> spec.withId("criterion-save")));
        assertEquals(before + 1, _size(_get(Grid.class, spec -> spec.withId("criteria-grid"))));
        jdbc.update("delete from assessment_criterion where title = 'Samarbeid med kommunene'");
    }

    @Test
    void theReportListFiltersByNameAndStatus() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(ReportListView.class);
        @SuppressWarnings("unchecked")
        Grid<AssessmentService.Report> grid = _get(Grid.class, spec -> spec.withId("report-grid"));
        int all = _size(grid);
        @SuppressWarnings("unchecked")
        Select<String> status = _get(Select.class, spec -> spec.withId("reports-status"));
        status.setValue("EXPECTED");
        assertTrue(_size(grid) < all);
        assertTrue(grid.getListDataView().getItems().allMatch(r -> r.status().equals("EXPECTED")));
        status.clear();
        _get(TextField.class, spec -> spec.withId("reports-search")).setValue("BRANNSKADE");
        assertEquals(List.of("Nasjonal behandlingstjeneste for avansert brannskadebehandling"),
                grid.getListDataView().getItems().map(AssessmentService.Report::unitName).toList());
    }

    @Test
    void onlyAdminReachesTheCycleSettings() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(CycleSettingsView.class, new RouteParameters("cycleId", "1"));
        assertTrue(_find(CycleSettingsView.class).isEmpty());
    }
}
