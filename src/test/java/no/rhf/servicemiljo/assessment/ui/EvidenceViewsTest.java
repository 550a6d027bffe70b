package no.rhf.servicemiljo.assessment.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.ClosingStatus;
import no.rhf.servicemiljo.assessment.EvidenceFixtures;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService;
import no.rhf.servicemiljo.assessment.FollowUpService;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import no.rhf.servicemiljo.base.ui.PdfPageLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Karibu: closing last year's follow-ups, citing report pages, the Word buttons and the unit's follow-up history. */
@Transactional
class EvidenceViewsTest extends KaribuTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpContinuityService continuity;
    @Autowired
    ReportReceiptService receipts;
    @Autowired
    JdbcTemplate jdbc;

    private record Fixture(long unit, long oldReport, long report, long k1, long carriedId) {
    }

    private Fixture fixture() {
        signIn(TestUsers.ADMIN);
        int year = EvidenceFixtures.twoFreeYears(jdbc, 2003);
        long unit = jdbc.queryForObject(EvidenceFixtures.VEST_UNIT, Long.class);
        var old = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10));
        long oldReport = EvidenceFixtures.reportOf(jdbc, old.id(), unit);
        followUps.add(oldReport, "Oppdatere nettsiden med mål og tall over tid (æøå)", (short) 2, LocalDate.of(year + 1, 6, 1));
        var next = assessments.createCycle(year + 1, LocalDate.of(year + 2, 2, 10));
        long report = EvidenceFixtures.reportOf(jdbc, next.id(), unit);
        receipts.upload(report, "årsrapport.pdf", EvidenceFixtures.pdf(3));
        return new Fixture(unit, oldReport, report, assessments.criteria(next.id()).getFirst().id(), continuity.carried(report).getFirst().id());
    }

    private void open(long report) {
        UI.getCurrent().navigate(AssessmentView.class, new RouteParameters("id", String.valueOf(report)));
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorClosesLastYearsFollowUpAndCitesAPageThatOpensThePdfThere() {
        Fixture f = fixture();
        login(TestUsers.COORDINATOR_VEST);
        open(f.report());
        Div carried = _get(Div.class, spec -> spec.withId("carried-" + f.carriedId()));
        assertTrue(carried.getElement().getTextRecursively().contains("Oppdatere nettsiden med mål og tall over tid (æøå)"));
        Select<ClosingStatus> status = _get(Select.class, spec -> spec.withId("carried-status-" + f.carriedId()));
        status.setValue(ClosingStatus.NOT_DONE);
        _click(_get(Button.class, spec -> spec.withId("carried-save-" + f.carriedId())));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("carried-comment-" + f.carriedId()));
        assertTrue(comment.isInvalid(), "a comment is needed at the field");
        assertTrue(comment.getErrorMessage().startsWith("Skriv en kommentar"), comment.getErrorMessage());
        comment.setValue("Ikke prioritert i år; tas opp igjen");
        _click(_get(Button.class, spec -> spec.withId("carried-save-" + f.carriedId())));
        assertEquals(ClosingStatus.NOT_DONE, continuity.carried(f.report()).getFirst().status());
        assertEquals("Ikke prioritert i år; tas opp igjen", continuity.carried(f.report()).getFirst().comment());

        String field = "rating-" + f.k1();
        assertTrue(_find(IntegerField.class, spec -> spec.withId("citation-page-" + field)).isEmpty(), "built when opened");
        _get(no.rhf.servicemiljo.base.ui.PlainDetails.class, spec -> spec.withId("citations-" + field)).setOpened(true);
        IntegerField page = _get(IntegerField.class, spec -> spec.withId("citation-page-" + field));
        assertEquals("Årsrapporten har 3 sider.", page.getHelperText());
        page.setValue(9);
        _click(_get(Button.class, spec -> spec.withId("citation-add-" + field)));
        assertTrue(page.isInvalid());
        assertEquals("Årsrapporten har 3 sider: oppgi en side fra 1 til 3", page.getErrorMessage());
        TextField quote = _get(TextField.class, spec -> spec.withId("citation-quote-" + field));
        quote.setValue("x".repeat(501));
        page.setValue(2);
        _click(_get(Button.class, spec -> spec.withId("citation-add-" + field)));
        assertTrue(quote.isInvalid(), "too long a quote is refused at the field");
        quote.setValue("Ventetiden gikk ned til åtte uker");
        _click(_get(Button.class, spec -> spec.withId("citation-add-" + field)));
        assertFalse(page.isInvalid());

        PdfPageLink link = _get(_get(Div.class, spec -> spec.withId("citation-list-" + field)), PdfPageLink.class, spec -> { });
        assertEquals("Side 2", link.getText());
        assertTrue(link.getHref().endsWith("#page=2"), link.getHref());
        assertEquals("_blank", link.getTarget().orElse(""));
        assertEquals("Åpne årsrapporten på side 2 i en ny fane", link.getElement().getAttribute("aria-label"));
        assertTrue(_get(Div.class, spec -> spec.withId("citation-list-" + field)).getElement().getTextRecursively()
                .contains("«Ventetiden gikk ned til åtte uker»"));

        _click(_get(Button.class, spec -> spec.withId("citation-delete-" + link.getId().orElseThrow().substring("citation-".length()))));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("citation-delete-confirm"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertTrue(_find(PdfPageLink.class).isEmpty(), "removed after the confirmation");

        _get(Button.class, spec -> spec.withId("assessment-export-word"));
    }

    @Test
    void whoMayOnlyReadSeesCitationsAndClosingsButNoFormsAndTheUnitShowsItsFollowUpHistory() {
        Fixture f = fixture();
        continuity.close(f.carriedId(), 0, ClosingStatus.PARTLY_DONE, "Halvveis");
        jdbc.update("update annual_report set status = 'APPROVED' where id in (?, ?)", f.report(), f.oldReport());
        login(TestUsers.OBSERVER);
        open(f.report());
        assertTrue(_get(Select.class, spec -> spec.withId("carried-status-" + f.carriedId())).isReadOnly());
        assertTrue(_find(Button.class, spec -> spec.withId("carried-save-" + f.carriedId())).isEmpty());
        assertTrue(_find(IntegerField.class).isEmpty(), "no citation form");

        UI.getCurrent().navigate("units/" + f.unit());
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("unit-tabs"));
        int tab = -1;
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Oppfølging over år".equals(tabs.getTabAt(i).getLabel())) {
                tab = i;
            }
        }
        assertTrue(tab >= 0, "the assessments' tab on the unit's page");
        tabs.setSelectedIndex(tab);
        Div history = _get(Div.class, spec -> spec.withId("unit-follow-up-history"));
        String text = history.getElement().getTextRecursively();
        assertTrue(text.contains("Oppdatere nettsiden med mål og tall over tid (æøå)"), text);
        assertTrue(text.contains("Delvis gjennomført: Halvveis"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNationalSummaryShowsFollowUpsClosedPerRegionAndOffersWord() {
        Fixture f = fixture();
        continuity.close(f.carriedId(), 0, ClosingStatus.DONE, "");
        jdbc.update("update annual_report set status = 'APPROVED' where id = ?", f.report());
        long cycle = assessments.report(f.report()).cycleId();
        login(TestUsers.IRF_MEMBER);
        UI.getCurrent().navigate("reports/summary/" + cycle);
        MockVaadin.clientRoundtrip(false);
        _get(Button.class, spec -> spec.withId("summary-export-word"));
        Grid<Object> closures = _get(Grid.class, spec -> spec.withId("summary-closures"));
        assertEquals(5, com.github.mvysny.kaributesting.v10.GridKt._size(closures));
        assertEquals("1", com.github.mvysny.kaributesting.v10.GridKt._getFormatted(closures, 4, "DONE"));
        assertEquals("Helse Vest", com.github.mvysny.kaributesting.v10.GridKt._getFormatted(closures, 1, "region"));
        assertEquals("1", com.github.mvysny.kaributesting.v10.GridKt._getFormatted(closures, 1, "carried"));
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("summary-citations-empty"));
    }
}
