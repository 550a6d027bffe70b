package no.rhf.servicemiljo.irf.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.BallotDraftService;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.irf.RankingService;
import no.rhf.servicemiljo.irf.RevealedRounds;
import no.rhf.servicemiljo.irf.ranking.Robustness;
import no.rhf.servicemiljo.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The robustness panel on a revealed round of its own (the view itself shows the demo round, which no test reveals),
 * and the warning before an empty ballot, in a ballot editor on a round of its own.
 */
class RobustnessPanelViewTest extends KaribuTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    RankingService ranking;
    @Autowired
    BallotDraftService drafts;
    @Autowired
    OrganisationService organisation;

    @Test
    @SuppressWarnings("unchecked")
    void theChairSeesPlacesVerdictsMarginsAndCyclesBeforeTheFreeze() {
        login(TestUsers.ADMIN);
        RevealedRounds.Round r = RevealedRounds.revealed(applications, organisation, ranking, this::signIn);
        UI.getCurrent().add(new RobustnessPanel(ranking.results(r.round().id())));

        Grid<Robustness.Position> grid = _get(Grid.class, spec -> spec.withId("irf-robustness"));
        assertEquals(6, _size(grid));
        assertEquals(r.agenda().get(0).title(), _getFormatted(grid, 0, "title"));
        assertEquals("1", _getFormatted(grid, 0, "schulze"));
        assertEquals("2 (1–2)", _getFormatted(grid, 1, "schulze"), "B shares first place without Bjørn or Randi");
        assertEquals("Bjørn Hansen, Randi Pedersen", _getFormatted(grid, 0, "changed-by"));
        assertEquals("Avhenger av ett medlem", _getFormatted(grid, 0, "verdict"));
        assertEquals("Robust", _getFormatted(grid, 2, "verdict"));
        assertEquals("Likt", _getFormatted(grid, 3, "verdict"));
        assertEquals(no.rhf.servicemiljo.base.ui.Formats.NOTHING, _getFormatted(grid, 2, "changed-by"));

        UnorderedList margins = _get(UnorderedList.class, spec -> spec.withId("irf-margins"));
        assertEquals(5, margins.getChildren().count());
        assertEquals(r.agenda().get(0).title() + " over " + r.agenda().get(1).title() + ": 2–1 (margin 1)",
                margins.getChildren().findFirst().orElseThrow().getElement().getText());
        assertTrue(_get(Div.class, spec -> spec.withId("irf-cycles")).getElement().getTextRecursively().contains("Ingen sykluser"));
        assertEquals("Kemeny–Young er bevist optimal.", _get(Paragraph.class, spec -> spec.withId("irf-robustness-kemeny")).getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyBallotIsWarnedAboutBeforeItIsSubmittedAndATieOfEverythingNeedsAConfirmation() {
        login(TestUsers.ADMIN);
        IrfRound round = RevealedRounds.open(applications, organisation, this::signIn).round();
        login("jon.lund");
        BallotEditor editor = new BallotEditor(ranking, drafts, round.id(), () -> { });
        UI.getCurrent().add(editor);

        _click(_get(Button.class, spec -> spec.withId("irf-submit")));
        ConfirmDialog empty = _get(ConfirmDialog.class, spec -> spec.withId("irf-empty-ballot"));
        assertEquals("Stemmeseddelen er tom", empty.getElement().getProperty("header"));
        ConfirmDialogKt._fireConfirm(empty);
        assertTrue(ranking.myBallot(round.id()).isEmpty(), "nothing was sent");

        Grid<Application> unranked = _get(Grid.class, spec -> spec.withId("irf-unranked"));
        for (int i = 0; i < 6; i++) {
            _click((Button) _getCellComponent(unranked, 0, "rank"));
        }
        Grid<BallotEditor.BallotRow> ballot = _get(Grid.class, spec -> spec.withId("irf-ballot"));
        for (int i = 1; i < 6; i++) {
            ((Checkbox) _getCellComponent(ballot, i, "tie")).setValue(true);
        }
        _click(_get(Button.class, spec -> spec.withId("irf-submit")));
        ConfirmDialog noPreference = _get(ConfirmDialog.class, spec -> spec.withId("irf-no-preference"));
        assertTrue(ranking.myBallot(round.id()).isEmpty(), "not before the confirmation");
        ConfirmDialogKt._fireConfirm(noPreference);
        assertEquals(1, ranking.myBallot(round.id()).orElseThrow().size(), "one tier of all six");
        assertTrue(_find(ConfirmDialog.class, spec -> spec.withId("irf-empty-ballot")).stream().noneMatch(ConfirmDialog::isOpened));
    }
}
