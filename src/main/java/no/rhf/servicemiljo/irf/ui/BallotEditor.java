package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.BallotDraft;
import no.rhf.servicemiljo.irf.BallotDraftService;
import no.rhf.servicemiljo.irf.ParticipantStatus;
import no.rhf.servicemiljo.irf.RankingService;
import no.rhf.servicemiljo.security.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in member's private ballot in the ranking session: applications are dragged into order (a row can be
 * tied with the one above), applications left under "not ranked" follow the stated rule, and a conflict of
 * interest is declared per application. Every change is saved at once as the member's draft (no save button), and
 * the editor opens on the draft if there is one, otherwise on the submitted ballot.
 */
class BallotEditor extends Div {

    /** A row of the member's ballot editor. */
    static final class BallotRow {
        final Application application;
        boolean tiedWithAbove;

        BallotRow(Application application) {
            this.application = application;
        }
    }

    private final RankingService ranking;
    private final BallotDraftService drafts;
    private final long roundId;
    private final Runnable onSubmitted;
    private final BallotDraftStatus status = new BallotDraftStatus();
    private Instant submittedAt;

    final List<BallotRow> ranked = new ArrayList<>();
    final List<Application> unranked = new ArrayList<>();
    final Set<Long> conflicts = new HashSet<>();
    final Grid<BallotRow> rankedGrid = new Grid<>();
    final Grid<Application> unrankedGrid = new Grid<>();
    private BallotRow dragged;
    /** Announces each change of place and keeps the keyboard focus on the row that moved. */
    private final BallotAnnouncer keyboard = new BallotAnnouncer();

    /** {@code onSubmitted} lets the session view read the round again (the participant list shows the submission). */
    BallotEditor(RankingService ranking, BallotDraftService drafts, long roundId, Runnable onSubmitted) {
        this.ranking = ranking;
        this.drafts = drafts;
        this.roundId = roundId;
        this.onSubmitted = onSubmitted;
        List<Application> agenda = ranking.candidates(roundId);
        conflicts.addAll(ranking.myConflicts(roundId));
        Set<Long> placed = new HashSet<>();
        Optional<BallotDraft> draft = drafts.myDraft(roundId);
        submittedAt = mySubmission();
        status.show(draft.map(BallotDraft::updatedAt).orElse(null), submittedAt);
        draft.map(BallotDraft::tiers).or(() -> ranking.myBallot(roundId)).ifPresent(tiers -> {
            for (List<Long> tier : tiers) {
                boolean first = true;
                for (Long id : tier) {
                    agenda.stream().filter(a -> a.id() == id).findFirst().ifPresent(a -> {
                        BallotRow row = new BallotRow(a);
                        ranked.add(row);
                        placed.add(id);
                    });
                    if (!first && !ranked.isEmpty()) {
                        ranked.getLast().tiedWithAbove = true;
                    }
                    first = false;
                }
            }
        });
        agenda.stream().filter(a -> !placed.contains(a.id())).forEach(unranked::add);

        rankedGrid.setId("irf-ballot");
        rankedGrid.addColumn(this::positionLabel).setHeader(getTranslation("irf.ballot.position")).setWidth("6em").setFlexGrow(0)
                .setKey("position");
        rankedGrid.addColumn(r -> r.application.title()).setHeader(getTranslation("irf.application.title")).setFlexGrow(4);
        rankedGrid.addComponentColumn(this::moveButtons).setHeader(getTranslation("a11y.ballot.up") + " / " + getTranslation("a11y.ballot.down"))
                .setFlexGrow(0).setWidth("11em").setKey("move");
        rankedGrid.addComponentColumn(r -> {
            Checkbox tie = new Checkbox(getTranslation("irf.ballot.tie"), r.tiedWithAbove);
            tie.setId("ballot-tie-" + r.application.id());
            tie.setAriaLabel(getTranslation("a11y.ballot.tie.label", r.application.title()));
            tie.setEnabled(ranked.indexOf(r) > 0);
            tie.addValueChangeListener(e -> {
                r.tiedWithAbove = e.getValue();
                changed();
                say(e.getValue() ? "a11y.ballot.tied" : "a11y.ballot.untied", r, tierOf(r));
                keyboard.focus("ballot-tie-" + r.application.id());
            });
            return tie;
        }).setHeader(getTranslation("irf.ballot.tie-header")).setKey("tie");
        rankedGrid.addComponentColumn(r -> {
            Button unrank = new Button(getTranslation("irf.ballot.unrank"), e -> {
                ranked.remove(r);
                unranked.add(r.application);
                changed();
                say("a11y.ballot.unranked", r, 0);
                keyboard.focus("ballot-rank-" + r.application.id());
            });
            unrank.setId("ballot-unrank-" + r.application.id());
            unrank.setAriaLabel(getTranslation("a11y.ballot.unrank.label", r.application.title()));
            return unrank;
        }).setFlexGrow(0).setWidth("10em").setKey("unrank");
        rankedGrid.setRowsDraggable(true);
        rankedGrid.setDropMode(GridDropMode.BETWEEN);
        rankedGrid.addDragStartListener(e -> dragged = e.getDraggedItems().getFirst());
        rankedGrid.addDragEndListener(e -> dragged = null);
        rankedGrid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && dragged != target) {
                BallotRow moved = dragged;
                move(moved, target, e.getDropLocation() == GridDropLocation.BELOW);
                say("a11y.ballot.moved", moved, tierOf(moved));
            }
        }));
        rankedGrid.setAllRowsVisible(true);
        rankedGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        unrankedGrid.setId("irf-unranked");
        unrankedGrid.addColumn(Application::title).setHeader(getTranslation("irf.application.title")).setFlexGrow(4);
        unrankedGrid.addColumn(Application::applyingRegionName).setHeader(getTranslation("irf.application.region"));
        unrankedGrid.addComponentColumn(a -> {
            Button rank = new Button(getTranslation("irf.ballot.rank"), e -> {
                unranked.remove(a);
                BallotRow row = new BallotRow(a);
                ranked.add(row);
                changed();
                say("a11y.ballot.ranked", row, tierOf(row));
                keyboard.focus("ballot-up-" + a.id(), "ballot-unrank-" + a.id());
            });
            rank.setId("ballot-rank-" + a.id());
            rank.setAriaLabel(getTranslation("a11y.ballot.rank.label", a.title()));
            rank.setEnabled(!conflicts.contains(a.id()));
            return rank;
        }).setFlexGrow(0).setWidth("9em").setKey("rank");
        unrankedGrid.addComponentColumn(a -> {
            Checkbox conflict = new Checkbox(getTranslation("irf.ballot.conflict"), conflicts.contains(a.id()));
            conflict.setAriaLabel(getTranslation("a11y.ballot.conflict.label", a.title()));
            conflict.addValueChangeListener(e -> declareConflict(a, e.getValue()));
            return conflict;
        }).setHeader(getTranslation("irf.ballot.conflict-header"));
        unrankedGrid.setAllRowsVisible(true);
        unrankedGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        Button submit = new Button(getTranslation("irf.ballot.submit"), e -> EmptyBallotCheck.submit(tiers(),
                (int) unranked.stream().filter(a -> !conflicts.contains(a.id())).count(), this::submit));
        submit.setId("irf-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("irf.ballot.title")), status, new Paragraph(getTranslation("irf.ballot.help")),
                new Paragraph(getTranslation("a11y.ballot.keyboard-help")), keyboard, rankedGrid,
                new H3(getTranslation("irf.ballot.unranked")), new Paragraph(getTranslation("irf.rule.unranked")), unrankedGrid, submit);
        updateBallotGrids();
    }

    /** Move up and Move down: what dragging a row does, by keyboard, with the new place announced. */
    private HorizontalLayout moveButtons(BallotRow row) {
        int index = ranked.indexOf(row);
        return keyboard.moveButtons(row.application.id(), row.application.title(), index > 0, index < ranked.size() - 1,
                () -> step(row, -1), () -> step(row, 1));
    }

    /** Moves a row one place up (-1) or down (1); a tie with the row above is kept off, as after a drag. */
    void step(BallotRow row, int by) {
        int index = ranked.indexOf(row);
        int to = index + by;
        if (index < 0 || to < 0 || to >= ranked.size()) {
            return;
        }
        ranked.remove(index);
        ranked.add(to, row);
        changed();
        say("a11y.ballot.moved", row, tierOf(row));
        String same = (by < 0 ? "ballot-up-" : "ballot-down-") + row.application.id();
        String other = (by < 0 ? "ballot-down-" : "ballot-up-") + row.application.id();
        keyboard.focus(same, other);
    }

    private int tierOf(BallotRow row) {
        int tier = 0;
        for (BallotRow r : ranked) {
            if (!r.tiedWithAbove) {
                tier++;
            }
            if (r == row) {
                return tier;
            }
        }
        return tier;
    }

    private void say(String key, BallotRow row, int tier) {
        int tiers = ranked.isEmpty() ? 0 : tierOf(ranked.getLast());
        keyboard.say(getTranslation(key, row.application.title(), tier, tiers));
    }

    private void move(BallotRow row, BallotRow target, boolean below) {
        ranked.remove(row);
        int index = ranked.indexOf(target) + (below ? 1 : 0);
        ranked.add(index, row);
        changed();
    }

    /** Every change of the ballot is saved as the draft at once, so that leaving or reloading the page loses nothing. */
    private void changed() {
        updateBallotGrids();
        try {
            status.show(drafts.saveDraft(roundId, tiers()).updatedAt(), submittedAt);
        } catch (FieldValidationException e) {
            Notifications.error(getTranslation("irf.draft.not-saved", getTranslation(e.getMessageKey(), e.getArguments())));
        }
    }

    private Instant mySubmission() {
        long me = CurrentUser.require().id();
        return ranking.participants(roundId).stream().filter(p -> p.memberId() == me).findFirst()
                .map(ParticipantStatus::submittedAt).orElse(null);
    }

    private void updateBallotGrids() {
        if (!ranked.isEmpty()) {
            ranked.getFirst().tiedWithAbove = false;
        }
        rankedGrid.setItems(ranked);
        unrankedGrid.setItems(unranked);
    }

    private String positionLabel(BallotRow row) {
        int tier = tierOf(row);
        return row.tiedWithAbove ? getTranslation("irf.ballot.tied-position", tier) : String.valueOf(tier);
    }

    /** The ballot as tiers of application ids, as the service takes it. */
    List<List<Long>> tiers() {
        List<List<Long>> tiers = new ArrayList<>();
        for (BallotRow r : ranked) {
            if (r.tiedWithAbove && !tiers.isEmpty()) {
                tiers.getLast().add(r.application.id());
            } else {
                tiers.add(new ArrayList<>(List.of(r.application.id())));
            }
        }
        return tiers;
    }

    void submit() {
        try {
            ranking.submitBallot(roundId, tiers());
            submittedAt = mySubmission();
            status.show(null, submittedAt);
            Notifications.success(getTranslation("irf.ballot.submitted"));
            onSubmitted.run();
        } catch (FieldValidationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }

    private void declareConflict(Application a, boolean conflict) {
        try {
            ranking.declareConflict(roundId, a.id(), conflict);
            if (conflict) {
                conflicts.add(a.id());
            } else {
                conflicts.remove(a.id());
            }
            unrankedGrid.getDataProvider().refreshAll();
            Notifications.success(getTranslation(conflict ? "irf.ballot.conflict-declared" : "irf.ballot.conflict-withdrawn"));
        } catch (FieldValidationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
