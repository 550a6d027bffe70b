package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.BallotDraftService;
import no.rhf.servicemiljo.irf.ParticipantStatus;
import no.rhf.servicemiljo.irf.RankingService;
import no.rhf.servicemiljo.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ballot drafts in the ranking view, on the demo round: every change is saved at once, a fresh view (a reload)
 * opens on the draft, and another member opening the address sees their own ballot only. Bjørn Hansen and Jon Lund
 * are these tests' members (RankingViewTest uses Eva Strand and Randi Pedersen); their ballots and drafts in the
 * demo round are cleared before and after each test.
 */
class BallotDraftViewTest extends KaribuTest {

    private static final List<String> MEMBERS = List.of("bjorn.hansen", "jon.lund");

    @Autowired
    RankingService ranking;
    @Autowired
    BallotDraftService drafts;
    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcClient jdbc;

    private long roundId;

    @BeforeEach
    void startWithoutBallots() {
        roundId = applications.currentRound().orElseThrow().id();
        forgetBallots();
    }

    @AfterEach
    void leaveNoBallots() {
        forgetBallots();
    }

    private void forgetBallots() {
        for (String table : List.of("irf_ballot", "irf_ballot_draft")) {
            jdbc.sql("delete from " + table + " where round_id = ? and member_id in (select id from app_user where username in (?, ?))")
                    .params(roundId, MEMBERS.get(0), MEMBERS.get(1)).update();
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<BallotEditor.BallotRow> ballot() {
        return _get(Grid.class, spec -> spec.withId("irf-ballot"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Application> unranked() {
        return _get(Grid.class, spec -> spec.withId("irf-unranked"));
    }

    private static List<String> ballotTitles() {
        Grid<BallotEditor.BallotRow> grid = ballot();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            titles.add(com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).application.title());
        }
        return titles;
    }

    private static String draftState() {
        return _get(Span.class, spec -> spec.withId("irf-draft-badge")).getText() + " | "
                + _get(Span.class, spec -> spec.withId("irf-draft-state")).getText();
    }

    /** Drags {@code row} and drops it above {@code target}, as the browser reports it. */
    private static void dragAbove(Grid<BallotEditor.BallotRow> grid, int row, int target) {
        var keys = grid.getDataCommunicator().getKeyMapper();
        BallotEditor.BallotRow dragged = com.github.mvysny.kaributesting.v10.GridKt._get(grid, row);
        BallotEditor.BallotRow onto = com.github.mvysny.kaributesting.v10.GridKt._get(grid, target);
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.putArray("draggedItems").addObject().put("key", keys.key(dragged));
        ComponentUtil.fireEvent(grid, new GridDragStartEvent<>(grid, true, detail));
        ObjectNode item = JsonNodeFactory.instance.objectNode().put("key", keys.key(onto));
        ComponentUtil.fireEvent(grid, new GridDropEvent<>(grid, true, item, "above", JsonNodeFactory.instance.arrayNode()));
    }

    @Test
    void everyChangeIsSavedAsADraftAndAFreshViewOpensOnIt() {
        login("bjorn.hansen");
        UI.getCurrent().navigate(RankingView.class);
        RankingView first = _get(RankingView.class);
        assertEquals("Ikke levert | Ikke levert ennå.", draftState());
        assertTrue(_get(Div.class, spec -> spec.withId("irf-draft-status")).getElement().getTextRecursively()
                .contains("Du kan forlate siden, laste den inn på nytt eller fortsette på en annen maskin uten å miste noe."));

        List<Application> agenda = ranking.candidates(roundId); // the order of "Ikke rangert"
        for (int i = 0; i < 4; i++) {
            _click((Button) _getCellComponent(unranked(), 0, "rank")); // ranks A, B, C, D
        }
        dragAbove(ballot(), 2, 0);                                       // C, A, B, D
        ((Checkbox) _getCellComponent(ballot(), 2, "tie")).setValue(true); // C, A = B, D
        _click((Button) _getCellComponent(ballot(), 3, "unrank"));       // C, A = B
        List<List<Long>> expected = List.of(List.of(agenda.get(2).id()), List.of(agenda.get(0).id(), agenda.get(1).id()));
        assertEquals(expected, drafts.myDraft(roundId).orElseThrow().tiers(), "saved at once, without a save button");
        assertTrue(ranking.myBallot(roundId).isEmpty(), "a draft, not submitted");
        assertTrue(draftState().matches("Utkast – teller ikke \\| Utkast lagret kl\\. \\d\\d:\\d\\d – ikke levert ennå\\..*"), draftState());

        // Reload: a new view of the page reads everything from the server again.
        login("bjorn.hansen");
        UI.getCurrent().navigate(RankingView.class);
        assertNotSame(first, _get(RankingView.class));
        assertEquals(List.of(agenda.get(2).title(), agenda.get(0).title(), agenda.get(1).title()), ballotTitles());
        assertEquals("2 (likt)", _getFormatted(ballot(), 2, "position"));
        assertEquals(3, _size(unranked()));
        assertTrue(draftState().startsWith("Utkast – teller ikke | Utkast lagret kl. "), draftState());
        assertEquals("Ikke levert", _getFormatted(participants(), rowOf("Bjørn Hansen"), "submitted"), "a draft is not submitted");

        _click(_get(Button.class, spec -> spec.withId("irf-submit")));
        assertEquals(expected, ranking.myBallot(roundId).orElseThrow());
        assertTrue(drafts.myDraft(roundId).isEmpty(), "submitting deletes the draft");
        assertTrue(draftState().matches("Levert \\| Levert kl\\. \\d\\d:\\d\\d\\. Det er denne stemmeseddelen som teller\\."), draftState());

        _click((Button) _getCellComponent(ballot(), 0, "unrank")); // a change after submitting is a draft again
        assertTrue(draftState().contains("Til du leverer på nytt, er det stemmeseddelen du leverte kl. "), draftState());
        login("bjorn.hansen");
        UI.getCurrent().navigate(RankingView.class);
        assertEquals(List.of(agenda.get(0).title(), agenda.get(1).title()), ballotTitles(), "the newer draft, not the submitted ballot");
        assertEquals(expected, ranking.myBallot(roundId).orElseThrow(), "the submitted ballot still counts");
    }

    @Test
    void anotherMemberOpeningTheAddressSeesTheirOwnEmptyBallotNotTheDraft() {
        login("jon.lund");
        UI.getCurrent().navigate("irf/ranking");
        long jon = CurrentUser.require().id();
        List<Long> agenda = ranking.candidates(roundId).stream().map(Application::id).toList();
        _click((Button) _getCellComponent(unranked(), 2, "rank"));
        _click((Button) _getCellComponent(unranked(), 0, "rank"));
        List<List<Long>> jons = drafts.myDraft(roundId).orElseThrow().tiers();
        assertEquals(2, jons.size());

        login("bjorn.hansen");
        // The address, and the address with Jon's id and the round as if typed in: the view reads neither.
        for (QueryParameters query : List.of(QueryParameters.empty(),
                QueryParameters.simple(Map.of("member", String.valueOf(jon), "round", String.valueOf(roundId))))) {
            UI.getCurrent().navigate("irf/ranking", query);
            String address = "irf/ranking?" + query.getQueryString();
            assertEquals(List.of(), ballotTitles(), address);
            assertEquals(agenda.size(), _size(unranked()), address);
            assertEquals("Ikke levert | Ikke levert ennå.", draftState(), address);
            assertEquals("Ikke levert", _getFormatted(participants(), rowOf("Jon Lund"), "submitted"), "nothing about Jon's draft");
        }
        assertTrue(drafts.myDraft(roundId).isEmpty(), "Bjørn has no draft of his own");

        login("jon.lund");
        UI.getCurrent().navigate("irf/ranking");
        assertEquals(2, ballotTitles().size(), "Jon's own draft is there for Jon");
        assertEquals(jons, drafts.myDraft(roundId).orElseThrow().tiers());
    }

    @SuppressWarnings("unchecked")
    private static Grid<ParticipantStatus> participants() {
        return _get(Grid.class, spec -> spec.withId("irf-participants"));
    }

    private static int rowOf(String name) {
        Grid<ParticipantStatus> grid = participants();
        for (int i = 0; i < _size(grid); i++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).fullName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not listed");
    }
}
