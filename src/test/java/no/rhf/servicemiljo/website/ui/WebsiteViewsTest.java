package no.rhf.servicemiljo.website.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.ui.DocumentDownload;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.shell.ui.AccessDeniedView;
import no.rhf.servicemiljo.shell.ui.NotFoundView;
import no.rhf.servicemiljo.website.WebsiteAssessmentService;
import no.rhf.servicemiljo.website.WebsiteCriteriaService;
import no.rhf.servicemiljo.website.WebsiteCriterion;
import no.rhf.servicemiljo.website.WebsiteOverview;
import no.rhf.servicemiljo.website.WebsiteResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The website screens: the overview, a unit's assessment (bad input at the field, read-only for others) and ADMIN's list. */
@Transactional
class WebsiteViewsTest extends KaribuTest {

    private static final int YEAR = LocalDate.now().getYear();

    @Autowired
    WebsiteAssessmentService assessments;
    @Autowired
    WebsiteCriteriaService criteria;

    private NationalUnit bergenOnly() {
        return assessments.units().stream().filter(u -> u.getSecondHostTrust() == null && u.getHostTrust().getName().equals("Helse Bergen"))
                .findFirst().orElseThrow();
    }

    private WebsiteCriterion first() {
        return criteria.activeCriteria(YEAR).getFirst();
    }

    @Test
    @SuppressWarnings("unchecked")
    void overviewShowsRegionsUnitsAndBothExports() {
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate(WebsiteOverviewView.class);
        Grid<WebsiteOverview.RegionCounts> regions = _get(Grid.class, spec -> spec.withId("website-regions"));
        assertEquals(4, _size(regions));
        Grid<WebsiteOverview.UnitRow> units = _get(Grid.class, spec -> spec.withId("website-units"));
        assertEquals(assessments.units().size(), _size(units));
        assertFalse(_find(Anchor.class, spec -> spec.withId("website-export-csv")).isEmpty());
        assertFalse(_find(DocumentDownload.class).isEmpty());
        assertTrue(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("website-criteria-link")).isEmpty(),
                "only ADMIN edits the criteria");
    }

    @SuppressWarnings("unchecked")
    @Test
    void badLinkAndTooLongNoteAreShownAtTheirFieldsAndNothingIsStored() {
        NationalUnit unit = bergenOnly();
        WebsiteCriterion c = first();
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate("websites/" + YEAR + "/" + unit.getId());
        CriterionAnswerForm form = _get(CriterionAnswerForm.class, spec -> spec.withId("website-criterion-" + c.id()));
        form.result.setValue(WebsiteResult.MET);
        form.link.setValue("www.uten-protokoll.no");
        _click(form.save);
        assertTrue(form.link.isInvalid());
        assertTrue(form.link.getErrorMessage().contains("http"), form.link.getErrorMessage());
        form.link.setValue("https://www.helse-bergen.no/side");
        form.note.setValue("ø".repeat(WebsiteAssessmentService.MAX_NOTE + 1));
        _click(form.save);
        assertTrue(form.note.isInvalid());
        assertTrue(form.note.getErrorMessage().replaceAll("\\D", "").equals("2000"), form.note.getErrorMessage());
        assertTrue(assessments.answers(unit.getId(), YEAR).get(c.id()) == null
                || !"https://www.helse-bergen.no/side".equals(assessments.answers(unit.getId(), YEAR).get(c.id()).link()));
    }

    @Test
    void anotherRegionsCoordinatorReadsOnly() {
        NationalUnit unit = bergenOnly();
        login(TestUsers.COORDINATOR_NORD);
        UI.getCurrent().navigate("websites/" + YEAR + "/" + unit.getId());
        assertFalse(_find(Paragraph.class, spec -> spec.withId("website-read-only")).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withId("website-save-" + first().id())).isEmpty());
        CriterionAnswerForm form = _get(CriterionAnswerForm.class, spec -> spec.withId("website-criterion-" + first().id()));
        assertTrue(form.link.isReadOnly());
        assertTrue(form.note.isReadOnly());
    }

    @Test
    void multiRegionalServiceShowsBothHostsPagesInNewTabs() {
        NationalUnit unit = assessments.units().stream().filter(u -> u.getSecondHostTrust() != null).findFirst().orElseThrow();
        WebsiteCriterion matching = criteria.activeCriteria(YEAR).stream().filter(WebsiteCriterion::matchingPages).findFirst().orElseThrow();
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate("websites/" + YEAR + "/" + unit.getId());
        var pages = _get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withId("website-pages-" + matching.id()));
        List<Anchor> links = _find(pages, Anchor.class);
        assertEquals(2, links.size());
        assertTrue(links.stream().allMatch(a -> "_blank".equals(a.getTarget().orElse(""))));
        assertTrue(links.get(0).getHref().contains("helse-bergen") || links.get(1).getHref().contains("helse-bergen"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminAddsACriterionAndATooLongOneIsRefusedAtTheField() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(WebsiteCriteriaView.class);
        Grid<WebsiteCriterion> grid = _get(Grid.class, spec -> spec.withId("website-criteria-grid"));
        int before = _size(grid);
        TextField text = _get(TextField.class, spec -> spec.withId("website-new-criterion"));
        text.setValue("x".repeat(WebsiteCriteriaService.MAX_TEXT + 1));
        _click(_get(Button.class, spec -> spec.withId("website-add-criterion")));
        assertTrue(text.isInvalid());
        assertEquals(before, _size(grid));
        text.setValue("Kontaktinformasjon på nettsiden");
        _click(_get(Button.class, spec -> spec.withId("website-add-criterion")));
        assertEquals(before + 1, _size(grid));
        assertEquals("Kontaktinformasjon på nettsiden", criteria.criteria(YEAR).getLast().text());
    }

    @Test
    void coordinatorCannotOpenTheCriteriaScreen() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(WebsiteCriteriaView.class);
        assertTrue(_find(WebsiteCriteriaView.class).isEmpty());
        assertTrue(!_find(AccessDeniedView.class).isEmpty() || !_find(NotFoundView.class).isEmpty());
    }

    @Test
    void theUnitPageHasAWebsiteTabWithTheYearsCountsAndALinkToTheAssessment() {
        NationalUnit unit = bergenOnly();
        WebsiteCriterion criterion = first();
        login(TestUsers.COORDINATOR_VEST);
        assessments.save(unit.getId(), criterion.id(), new no.rhf.servicemiljo.website.WebsiteAnswerDraft(
                no.rhf.servicemiljo.website.WebsiteResult.PARTLY_MET, "https://helse-bergen.no/tjeneste", null, "Mangler mål"));
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate("units/" + unit.getId());
        var tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("unit-tabs"));
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Nettside".equals(tabs.getTabAt(i).getLabel())) {
                tabs.setSelectedIndex(i);
            }
        }
        var table = _get(no.rhf.servicemiljo.base.ui.HtmlTable.class, spec -> spec.withId("unit-website-table"));
        assertTrue(table.rowCount() >= 1);
        String row = table.getElement().getChild(1).getChild(0).getTextRecursively();
        assertTrue(row.startsWith(String.valueOf(YEAR)), row);
        long partly = assessments.answers(unit.getId(), YEAR).values().stream()
                .filter(a -> a.result() == no.rhf.servicemiljo.website.WebsiteResult.PARTLY_MET).count();
        assertEquals(String.valueOf(partly), table.getElement().getChild(1).getChild(0).getChild(2).getText(), "partly met counted");
        _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("Åpne vurderingen av nettsiden for " + YEAR));
    }
}
