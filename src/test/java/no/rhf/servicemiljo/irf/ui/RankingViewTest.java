package no.rhf.servicemiljo.irf.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.irf.ParticipantStatus;
import no.rhf.servicemiljo.irf.RankingService;
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

/** The ranking session on the demo round (only these tests touch it; no test reveals it). */
class RankingViewTest extends KaribuTest {

    @Autowired
    RankingService ranking;
    @Autowired
    ApplicationService applications;

    @SuppressWarnings("unchecked")
    private Grid<ParticipantStatus> participants() {
        return _get(Grid.class, spec -> spec.withId("irf-participants"));
    }

    private int rowOf(Grid<ParticipantStatus> grid, String name) {
        for (int i = 0; i < _size(grid); i++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).fullName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not listed");
    }

    @Test
    void chairSeesAMembersSubmissionLiveWithoutReload() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(RankingView.class);
        MockVaadin.clientRoundtrip(false); // lets Collaboration Engine activate the view's topic connection
        Grid<ParticipantStatus> grid = participants();
        int randi = rowOf(grid, "Randi Pedersen");
        assertEquals("Ikke levert", _getFormatted(grid, randi, "submitted"));
        assertEquals(4, _size(grid));
        assertTrue(_find(Button.class, spec -> spec.withId("irf-reveal")).getFirst().isEnabled());
        assertTrue(_find(Grid.class, spec -> spec.withId("irf-ballot")).isEmpty(), "the chair has no ballot");

        // Randi submits from her own session: here, her own security context calling the same service.
        signIn("randi.pedersen");
        IrfRound round = applications.currentRound().orElseThrow();
        List<Application> agenda = ranking.candidates(round.id());
        ranking.submitBallot(round.id(), List.of(List.of(agenda.get(2).id()), List.of(agenda.get(0).id())));

        // Collaboration Engine delivers the change on its own thread through UI.access: run the queued tasks until it arrives.
        for (int i = 0; i < 100 && _getFormatted(grid, randi, "submitted").equals("Ikke levert"); i++) {
            sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertTrue(_getFormatted(grid, randi, "submitted").startsWith("Levert"), _getFormatted(grid, randi, "submitted"));
        assertEquals("Ikke levert", _getFormatted(grid, rowOf(grid, "Jon Lund"), "submitted"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void memberBuildsATiedBallotInTheViewAndSeesTheRules() {
        login("eva.strand");
        UI.getCurrent().navigate(RankingView.class);
        assertTrue(_get(Paragraph.class, spec -> spec.withId("irf-rules")).getText().contains("likt plassert under"));
        Grid<Application> unranked = _get(Grid.class, spec -> spec.withId("irf-unranked"));
        assertEquals(6, _size(unranked));
        _click((Button) _getCellComponent(unranked, 0, "rank"));
        _click((Button) _getCellComponent(unranked, 0, "rank"));
        _click((Button) _getCellComponent(unranked, 0, "rank"));
        Grid<BallotEditor.BallotRow> ballot = _get(Grid.class, spec -> spec.withId("irf-ballot"));
        assertEquals(3, _size(ballot));
        ((Checkbox) _getCellComponent(ballot, 2, "tie")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("irf-submit")));

        IrfRound round = applications.currentRound().orElseThrow();
        List<List<Long>> mine = ranking.myBallot(round.id()).orElseThrow();
        assertEquals(2, mine.size());
        assertEquals(1, mine.get(0).size());
        assertEquals(2, mine.get(1).size(), "the third row is tied with the second");
        assertEquals("Levert", _getFormatted(participants(), rowOf(participants(), "Eva Strand"), "submitted").substring(0, 6));
    }

    @Test
    void observerSeesParticipantsButNoBallotsOrChairActions() {
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate(RankingView.class);
        assertEquals(4, _size(participants()));
        assertTrue(_find(Button.class, spec -> spec.withId("irf-reveal")).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withId("irf-submit")).stream().noneMatch(Button::isVisible)
                || _find(Button.class, spec -> spec.withId("irf-submit")).isEmpty());
    }
}
