package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.BallotDraftService;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.irf.ParticipantStatus;
import no.rhf.servicemiljo.irf.RankingResults;
import no.rhf.servicemiljo.irf.RankingService;
import no.rhf.servicemiljo.irf.RoundPhase;
import no.rhf.servicemiljo.irf.ranking.Agreement;
import no.rhf.servicemiljo.irf.ranking.AggregationResult;
import no.rhf.servicemiljo.irf.ranking.KemenyYoung;
import no.rhf.servicemiljo.irf.ranking.PairwiseMatrix;
import no.rhf.servicemiljo.irf.ranking.Warning;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IRF ranking session of the current round. Members build a private ballot by dragging applications into
 * order (a row can be tied with the one above; applications left in "not ranked" follow the stated rule; see
 * {@link BallotEditor}); everyone sees live who has the session open and who has submitted; the chair reveals
 * and freezes.
 */
@Route("irf/ranking")
@RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
@Menu(title = "nav.irf-ranking", order = 21, icon = "vaadin:sort")
public class RankingView extends Section implements HasDynamicTitle {

    private final RankingService ranking;
    private final BallotDraftService drafts;
    private final ApplicationService applications;
    private final AppUserPrincipal user = CurrentUser.require();
    private final IrfRound initialRound;

    private final Grid<ParticipantStatus> participants = new Grid<>();
    private final Span phase = new Span();
    private final Div memberArea = new Div();
    private final Div chairArea = new Div();
    private final Div resultsArea = new Div();
    private Set<String> present = Set.of();

    RankingView(RankingService ranking, BallotDraftService drafts, ApplicationService applications) {
        this.ranking = ranking;
        this.drafts = drafts;
        this.applications = applications;
        addClassName("sm-view");
        setId("irf-ranking");
        this.initialRound = applications.currentRound().orElse(null);
        add(new H2(getTranslation("irf.ranking.title")));
        if (initialRound == null) {
            add(new Paragraph(getTranslation("irf.no-round")));
            return;
        }
        phase.setId("irf-phase");
        add(new Paragraph(getTranslation("irf.ranking.round", initialRound.year(), Formats.date(initialRound.irfMeeting()))), phase);
        Paragraph rules = new Paragraph(getTranslation("irf.rule.unranked") + " " + getTranslation("irf.rule.conflict-abstain")
                + " " + getTranslation("irf.rule.tiebreak"));
        rules.setId("irf-rules");
        rules.addClassName("sm-muted");
        add(rules);

        participants.setId("irf-participants");
        participants.addColumn(ParticipantStatus::fullName).setHeader(getTranslation("irf.participant.name")).setKey("name");
        participants.addColumn(ParticipantStatus::regionName).setHeader(getTranslation("irf.participant.region"));
        participants.addColumn(p -> getTranslation(present.contains(String.valueOf(p.memberId())) ? "irf.participant.joined" : "irf.participant.away"))
                .setHeader(getTranslation("irf.participant.presence")).setKey("presence");
        participants.addColumn(p -> p.submitted() ? getTranslation("irf.participant.submitted", Formats.dateTime(p.submittedAt()))
                : getTranslation("irf.participant.not-submitted")).setHeader(getTranslation("irf.participant.ballot")).setKey("submitted");
        participants.addColumn(p -> p.conflicts() == 0 ? Formats.NOTHING : getTranslation("irf.participant.conflicts", p.conflicts()))
                .setHeader(getTranslation("irf.participant.conflict-header"));
        participants.setAllRowsVisible(true);
        participants.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(new H3(getTranslation("irf.participants")), participants, chairArea, memberArea, resultsArea);
        if (user.hasRole(Role.IRF_MEMBER)) {
            memberArea.add(new BallotEditor(ranking, drafts, initialRound.id(), this::refresh));
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (initialRound != null && attachEvent.isInitialAttach()) {
            SharedTopic topic = SharedTopic.join(this, IrfLiveSignal.topicId(initialRound.id()));
            topic.onPresence(ids -> {
                present = ids;
                participants.getDataProvider().refreshAll();
            });
            topic.onSignal(signal -> refresh());
            // Who comes and goes is announced politely; the ballots are private, so nothing else is.
            add(no.rhf.servicemiljo.base.ui.LiveAnnouncer.of(topic, key -> null));
        }
    }

    /** Reads everything again from the services: called at start and whenever any participant changed the round. */
    void refresh() {
        IrfRound round = applications.round(initialRound.id());
        phase.setText(getTranslation("RoundPhase." + round.phase().name()));
        participants.setItems(ranking.participants(round.id()));
        chairArea.removeAll();
        if (user.hasRole(Role.ADMIN)) {
            buildChairActions(round);
        }
        memberArea.setVisible(user.hasRole(Role.IRF_MEMBER) && round.phase() == RoundPhase.RANKING);
        resultsArea.removeAll();
        boolean readable = round.phase() == RoundPhase.FROZEN
                || round.phase() == RoundPhase.REVEALED && !user.hasRole(Role.OBSERVER);
        if (readable) {
            buildResults(ranking.results(round.id()));
        } else if (round.phase() != RoundPhase.RANKING) {
            resultsArea.add(new Paragraph(getTranslation("irf.results.after-freeze")));
        }
    }

    private void buildChairActions(IrfRound round) {
        Button reveal = new Button(getTranslation("irf.chair.reveal"), e -> act(() -> ranking.reveal(round.id()), "irf.chair.revealed"));
        reveal.setId("irf-reveal");
        reveal.setEnabled(round.phase() == RoundPhase.RANKING);
        Button freeze = new Button(getTranslation("irf.chair.freeze"), e -> act(() -> ranking.freeze(round.id()), "irf.chair.frozen"));
        freeze.setId("irf-freeze");
        freeze.setEnabled(round.phase() == RoundPhase.REVEALED);
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        chairArea.add(new H3(getTranslation("irf.chair.title")), new Paragraph(getTranslation("irf.chair.help")),
                new HorizontalLayout(reveal, freeze));
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
            refresh();
        } catch (FieldValidationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }

    // ---- results after the reveal

    private void buildResults(RankingResults r) {
        resultsArea.add(new H3(getTranslation("irf.results.title")));
        Grid<String> methods = new Grid<>();
        methods.setId("irf-results");
        methods.addColumn(id -> r.strictOrder().indexOf(id) + 1).setHeader(getTranslation("irf.results.place")).setWidth("5em").setFlexGrow(0);
        methods.addColumn(id -> r.application(id).title()).setHeader(getTranslation("irf.application.title")).setFlexGrow(4).setKey("title");
        methods.addColumn(id -> r.application(id).applyingRegionName()).setHeader(getTranslation("irf.application.region"));
        methods.addColumn(id -> r.report().schulze().tierOf(id) + 1).setHeader(getTranslation("irf.method.schulze")).setTextAlign(ColumnTextAlign.END).setKey("schulze");
        methods.addColumn(id -> number(r.report().borda().scores().get(id))).setHeader(getTranslation("irf.method.borda")).setTextAlign(ColumnTextAlign.END).setKey("borda");
        methods.addColumn(id -> r.report().kemeny().order().indexOf(id) + 1).setHeader(getTranslation("irf.method.kemeny")).setTextAlign(ColumnTextAlign.END).setKey("kemeny");
        methods.addColumn(id -> number(r.report().median().scores().get(id))).setHeader(getTranslation("irf.method.median")).setTextAlign(ColumnTextAlign.END).setKey("median");
        methods.setItems(r.strictOrder());
        methods.setAllRowsVisible(true);
        methods.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        resultsArea.add(methods, new Paragraph(getTranslation("irf.results.methods-help")));
        resultsArea.add(new Paragraph(getTranslation(r.report().kemeny().exact() ? "irf.results.kemeny-exact" : "irf.results.kemeny-approx",
                KemenyYoung.MAX_EXACT, r.candidates().size())));

        Div warnings = new Div();
        warnings.setId("irf-warnings");
        for (AggregationResult result : r.report().results()) {
            for (Warning w : result.warnings()) {
                String members = w.members().stream().map(id -> r.application(id).title()).collect(Collectors.joining(", "));
                warnings.add(new Paragraph(getTranslation("irf.method." + result.methodId()) + ": "
                        + getTranslation("irf.warning." + w.code().name(), members, KemenyYoung.MAX_EXACT, r.candidates().size())));
            }
        }
        if (warnings.getChildren().findAny().isEmpty()) {
            warnings.add(new Paragraph(getTranslation("irf.results.no-warnings")));
        }
        resultsArea.add(new H3(getTranslation("irf.results.warnings")), warnings);

        // Numbered and ordered like the result above (its place), not in the order the applications were entered.
        PairwiseMatrix matrix = r.report().matrix();
        List<String> order = r.strictOrder();
        Grid<String> pairwise = new Grid<>();
        pairwise.setId("irf-matrix");
        pairwise.addColumn(id -> (order.indexOf(id) + 1) + ". " + r.application(id).title()).setHeader(getTranslation("irf.matrix.row"))
                .setKey("application").setFlexGrow(4).setWidth("16em");
        for (String column : order) {
            int c = matrix.indexOf(column);
            String place = String.valueOf(order.indexOf(column) + 1);
            pairwise.addColumn(row -> matrix.indexOf(row) == c ? Formats.NOTHING : String.valueOf(matrix.get(matrix.indexOf(row), c)))
                    .setHeader(place).setKey("vs-" + place).setTextAlign(ColumnTextAlign.END).setWidth("4em").setFlexGrow(0);
        }
        pairwise.setItems(order);
        pairwise.setAllRowsVisible(true);
        pairwise.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        resultsArea.add(new H3(getTranslation("irf.matrix.title")), new Paragraph(getTranslation("irf.matrix.help")), pairwise);

        Grid<Agreement> agreement = new Grid<>();
        agreement.setId("irf-agreement");
        agreement.addColumn(a -> r.voterNames().get(a.voterId())).setHeader(getTranslation("irf.participant.name"));
        agreement.addColumn(a -> a.defined() ? String.format(Locale.ROOT, "%.2f", a.tau()) : getTranslation("irf.agreement.undefined"))
                .setHeader(getTranslation("irf.agreement.tau")).setTextAlign(ColumnTextAlign.END);
        agreement.addColumn(a -> ballotText(r, a.voterId())).setHeader(getTranslation("irf.agreement.ballot")).setFlexGrow(4);
        agreement.setItems(r.report().agreement());
        agreement.setAllRowsVisible(true);
        agreement.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        resultsArea.add(new H3(getTranslation("irf.agreement.title")), new Paragraph(getTranslation("irf.agreement.help")), agreement);

        resultsArea.add(new RobustnessPanel(r));

        if (r.round().phase() == RoundPhase.FROZEN) {
            ranking.frozen(r.round().id()).ifPresent(frozen -> resultsArea.add(new FrozenExports(ranking, r.round(), frozen)));
        }
    }

    private String ballotText(RankingResults r, String voterId) {
        String ranked = r.ballotTiers().getOrDefault(voterId, List.of()).stream()
                .map(t -> t.stream().map(id -> String.valueOf(r.strictOrder().indexOf(String.valueOf(id)) >= 0
                        ? r.strictOrder().indexOf(String.valueOf(id)) + 1 : id)).collect(Collectors.joining(" = ")))
                .collect(Collectors.joining(" > "));
        List<Long> abstains = r.abstentions().getOrDefault(voterId, List.of());
        return abstains.isEmpty() ? ranked : ranked + " · " + getTranslation("irf.agreement.abstains",
                abstains.stream().map(id -> String.valueOf(r.strictOrder().indexOf(String.valueOf(id)) + 1)).collect(Collectors.joining(", ")));
    }

    private static String number(Double value) {
        return value == null || value.isNaN() ? Formats.NOTHING : String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("irf.ranking.title");
    }
}
