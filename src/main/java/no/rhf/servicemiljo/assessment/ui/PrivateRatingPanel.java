package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.PrivateRatingService;
import no.rhf.servicemiljo.assessment.PrivateRatingService.MemberRating;
import no.rhf.servicemiljo.assessment.PrivateRatingService.Spread;
import no.rhf.servicemiljo.assessment.PrivateRatingService.Status;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaExport;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The private phase of a report whose cycle asks for independent ratings first: how many members have submitted
 * ("N av M har levert", live), the member's own private rating form and its submission, the chair's opening, and once
 * the ratings may be seen, the criteria by disagreement. Each criterion card of the shared assessment gets the
 * members' private ratings beside it ({@link #withRatings}); while a member still rates privately those cards are
 * hidden from them, so the shared assessment does not anchor them either.
 */
class PrivateRatingPanel extends Div {

    private final PrivateRatingService privateRatings;
    private final MeetingAgendaService meetings;
    private final Report report;
    private final List<Criterion> criteria;
    private final Span progress = new Span();
    private final Div body = new Div();
    private final Map<Long, Span> besides = new LinkedHashMap<>();
    private final List<Div> cards = new ArrayList<>();
    private Status status;
    /** The ratings shown beside the cards, read once per refresh: the visible submitted ones, or the member's own drafts. */
    private List<MemberRating> visible = List.of();
    private Map<Long, MemberRating> mine = Map.of();

    PrivateRatingPanel(PrivateRatingService privateRatings, MeetingAgendaService meetings, Report report, List<Criterion> criteria) {
        this.privateRatings = privateRatings;
        this.meetings = meetings;
        this.report = report;
        this.criteria = criteria;
        setId("private-ratings");
        addClassName("sm-card");
        progress.setId("private-progress");
        progress.getElement().getThemeList().add("badge");
        progress.getElement().setAttribute("role", "status");
        add(new H3(getTranslation("private.title")), progress, body);
        refresh();
    }

    /** Adds the members' private ratings beside a criterion card of the shared assessment; the card is hidden while the member rates. */
    Div withRatings(Div card, Criterion criterion) {
        Span beside = new Span();
        beside.setId("private-beside-" + criterion.id());
        beside.addClassName("sm-muted");
        card.add(new Div(beside));
        besides.put(criterion.id(), beside);
        cards.add(card);
        showBesides();
        return card;
    }

    /** Everything again from the server: after a submission or opening, here or by someone else (live). */
    void refresh() {
        status = privateRatings.status(report.id());
        visible = status.seesRatings() ? privateRatings.submittedRatings(report.id()) : List.of();
        mine = status.rater() && !status.seesRatings() ? privateRatings.mine(report.id()) : Map.of();
        progress.setText(getTranslation("private.progress", status.submittedCount(), status.raterCount()));
        body.removeAll();
        body.add(muted(getTranslation(helpKey())));
        if (status.mayRate()) {
            body.add(ratingForm());
        }
        if (status.mayOpen()) {
            Button open = new Button(getTranslation("private.open"), e -> confirm("private.open.title", "private.open.text", "private.open",
                    () -> privateRatings.openForAll(report.id())));
            open.setId("private-open");
            body.add(open);
        }
        if (status.seesRatings()) {
            body.add(spreadGrid());
            if (status.rater()) {
                Button meeting = new Button(getTranslation("private.meeting"), e -> openMeeting());
                meeting.setId("private-meeting");
                body.add(meeting);
            }
        }
        showBesides();
    }

    private String helpKey() {
        if (status.approved() && status.seesRatings()) {
            return "private.help.approved";
        }
        if (!status.rater()) {
            return "private.help.hidden";
        }
        if (status.mayRate()) {
            return "private.help.rate";
        }
        return status.submitted() ? "private.help.submitted" : "private.help.opened";
    }

    private Div ratingForm() {
        Div form = new Div();
        form.setId("private-form");
        for (Criterion criterion : criteria) {
            MemberRating own = mine.get(criterion.id());
            Select<String> rating = new Select<>();
            rating.setLabel(criterion.position() + ". " + criterion.title());
            rating.setItems(AssessmentService.RATINGS);
            rating.setItemLabelGenerator(r -> r == null || r.isEmpty() ? "" : getTranslation("Rating." + r));
            rating.setEmptySelectionAllowed(true);
            rating.setEmptySelectionCaption(getTranslation("private.not-rated"));
            rating.setId("private-rating-" + criterion.id());
            TextField note = new TextField(getTranslation("private.note"));
            note.setMaxLength(PrivateRatingService.MAX_NOTE);
            note.setId("private-note-" + criterion.id());
            note.setWidth("24rem");
            if (own != null) {
                rating.setValue(own.rating().isEmpty() ? null : own.rating());
                note.setValue(own.note());
            }
            Runnable save = () -> {
                try {
                    privateRatings.rate(report.id(), criterion.id(), rating.getValue(), note.getValue());
                    rating.setInvalid(false);
                    note.setInvalid(false);
                    mine = privateRatings.mine(report.id());
                    showBesides();
                } catch (FieldValidationException ex) {
                    Notifications.showAtField(ex, Map.<String, HasValidation>of("private-rating-" + criterion.id(), rating,
                            "private-note-" + criterion.id(), note, "private-rating", rating));
                }
            };
            rating.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save.run();
                }
            });
            note.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save.run();
                }
            });
            HorizontalLayout row = new HorizontalLayout(rating, note);
            row.setWrap(true);
            form.add(row);
        }
        Button submit = new Button(getTranslation("private.submit"), e -> confirm("private.submit.title", "private.submit.text",
                "private.submit", () -> privateRatings.submit(report.id())));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("private-submit");
        form.add(submit);
        return form;
    }

    private Div spreadGrid() {
        Grid<Spread> grid = new Grid<>();
        grid.addColumn(s -> s.criterion().position() + ". " + s.criterion().title()).setHeader(getTranslation("agenda.criterion")).setFlexGrow(3);
        grid.addColumn(MeetingAgendaExport::range).setHeader(getTranslation("agenda.range")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingAgendaExport::deviation).setHeader(getTranslation("agenda.deviation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> MeetingAgendaExport.ratings(s, this::getTranslation)).setHeader(getTranslation("agenda.ratings")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("private-spread");
        grid.setItems(privateRatings.spread(report.id()));
        grid.setEmptyStateText(getTranslation("agenda.disagreement.empty"));
        Div wrapper = new Div(new H3(getTranslation("private.spread")), muted(getTranslation("agenda.disagreement.help")));
        wrapper.add(grid);
        return wrapper;
    }

    private void showBesides() {
        if (status == null) {
            return;
        }
        cards.forEach(card -> card.setVisible(!status.mayRate()));
        besides.forEach((criterionId, beside) -> {
            List<String> parts = visible.stream().filter(r -> r.criterionId() == criterionId).map(this::describe).toList();
            if (!parts.isEmpty()) {
                beside.setText(getTranslation("private.beside", String.join(" · ", parts)));
            } else if (mine.containsKey(criterionId)) {
                beside.setText(getTranslation("private.beside.mine", describe(mine.get(criterionId))));
            } else {
                beside.setText(status.seesRatings() ? getTranslation("private.beside.none") : "");
            }
        });
    }

    private String describe(MemberRating rating) {
        String value = rating.rating().isEmpty() ? getTranslation("private.not-rated") : getTranslation("Rating." + rating.rating());
        return rating.name() + ": " + value + (rating.note().isEmpty() ? "" : " (" + rating.note() + ")");
    }

    private void openMeeting() {
        meetings.meetingOf(report.id()).ifPresentOrElse(id -> getUI().ifPresent(ui -> ui.navigate("reports/meetings/" + id)),
                () -> Notifications.error(getTranslation("private.meeting.none")));
    }

    private void confirm(String titleKey, String textKey, String confirmKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(titleKey), getTranslation(textKey), getTranslation(confirmKey), e -> {
            try {
                action.run();
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("error.action-denied"));
            }
            refresh();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setId("private-confirm");
        dialog.open();
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("sm-muted");
        return p;
    }
}
