package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Action;
import no.rhf.servicemiljo.assessment.FollowUpService;
import no.rhf.servicemiljo.assessment.ReportChanged;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import no.rhf.servicemiljo.organisation.OrganisationService;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HistoryGrid;
import no.rhf.servicemiljo.base.ui.HistoryRow;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One annual report's assessment, co-edited live: everyone with it open sees the others' avatars, who
 * is in which field, and every value as soon as its author's change is stored — no Save button.
 */
@Route("reports/:id([0-9]{1,18})") // a malformed id is "not found", not an error
@PermitAll
public class AssessmentView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final ReportReceiptService receipts;
    private final FollowUpService followUps;
    private final OrganisationService organisation;
    private final AssessmentEvidence evidence;
    private final PrivateRatingUi privateRatings;
    private final Span status = new Span();
    private final HorizontalLayout workflow = new HorizontalLayout();
    private Report report;
    private boolean editable;
    /** The cycle's approval rule, read once: a workflow step does not change it. */
    private String approvalRule;
    private ReportReceiptPanel receipt;
    private FollowUpPanel followUpPanel;
    private SharedTopic topic;
    private AssessmentFields fields;

    /** The signal to the others that follow-up items changed (a status, approval or receipt is a {@link ReportChanged}). */
    private static final String FOLLOW_UPS = "FOLLOW_UPS";
    private String title = "";

    AssessmentView(AssessmentService assessments, ReportReceiptService receipts, FollowUpService followUps,
                   OrganisationService organisation, AssessmentEvidence evidence, PrivateRatingUi privateRatings,
                   LiveUpdates liveUpdates) {
        this.privateRatings = privateRatings;
        this.assessments = assessments;
        this.evidence = evidence;
        this.receipts = receipts;
        this.followUps = followUps;
        this.organisation = organisation;
        addClassName("sm-view");
        setId("assessment");
        status.getElement().getThemeList().add("badge");
        status.setId("assessment-status");
        workflow.setAlignItems(FlexComponent.Alignment.CENTER);
        // A workflow step, a receipt, an approval or the first change starting the assessment, by anyone on any node.
        liveUpdates.refreshWhileAttached(this, this::onReportChanged,
                LiveUpdates.when(ReportChanged.class, c -> report != null && c.reportId() == report.id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            report = assessments.report(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        title = report.unitName();
        approvalRule = getTranslation("ApprovalRule." + assessments.cycle(report.cycleId()).approvalRule());
        removeAll();
        fields = null;
        topic = SharedTopic.join(this, topicId(report.id()));
        topic.onSignal(this::onSignal);
        receipt = new ReportReceiptPanel(receipts, () -> assessments.report(report.id()), this::reloadReport);
        add(new H2(report.unitName()), new Paragraph(getTranslation("assessment.for-year", report.reportYear())));
        if (!assessments.canReadAssessment(report)) {
            Paragraph later = new Paragraph(getTranslation("assessment.visible-when-approved"));
            later.addClassName("sm-muted");
            add(header(null), receipt, later);
            return;
        }
        editable = assessments.canEdit(report);
        AssessmentEvidence.Hooks cited = evidence.of(report, editable); // citations, last year's follow-ups, Word
        CollaborationAvatarGroup avatars = new CollaborationAvatarGroup(topic.me(), topic.id());
        avatars.setId("assessment-avatars");
        add(header(avatars), cited.download(getTranslation("evidence.export.word")), receipt);
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("assessment.read-only"));
            readOnly.addClassName("sm-muted");
            add(readOnly);
        }

        fields = new AssessmentFields(assessments, report.id(), topic);
        add(no.rhf.servicemiljo.base.ui.LiveAnnouncer.of(topic, fields::labelOf));
        List<Criterion> criteria = assessments.criteria(report.cycleId());
        PrivateRatingPanel privately = privateRatings.panel(report); // independent ratings first, when the cycle asks for it
        if (privately != null) {
            add(privately);
        }
        criteria.stream().filter(c -> !c.retired()).forEach(c -> {
            var card = cited.criterion(fields.criterion(c, editable), c);
            add(privately == null ? card : privately.withRatings(card, c));
        });
        List<Criterion> retiredWithValues = criteria.stream().filter(c -> c.retired() && fields.hasValues(c)).toList();
        if (!retiredWithValues.isEmpty()) {
            Div retired = new Div(new Paragraph(getTranslation("assessment.retired.help")));
            retiredWithValues.forEach(c -> retired.add(fields.criterion(c, false)));
            add(new Details(getTranslation("assessment.retired", retiredWithValues.size()), retired));
        }
        TextArea conclusion = new TextArea(getTranslation("assessment.conclusion"));
        TextArea recommendation = new TextArea(getTranslation("assessment.recommendation"));
        conclusion.setWidthFull();
        recommendation.setWidthFull();
        followUpPanel = new FollowUpPanel(followUps, report.id(), organisation.regions(), editable,
                () -> topic.signal(FOLLOW_UPS));
        add(new H3(getTranslation("assessment.overall")), fields.field("conclusion", conclusion, editable), cited.cited("conclusion"),
                fields.field("recommendation", recommendation, editable), cited.cited("recommendation"), cited.carried(), followUpPanel);
        add(new AssessmentDiscussion(assessments, report.id(), topic, editable));
    }

    /** The status, who else is here and the history on one line; the workflow actions and the approval rule below. */
    private Component header(Component avatars) {
        HorizontalLayout first = new HorizontalLayout(status);
        if (avatars != null) {
            Button history = new Button(getTranslation("assessment.history"), e -> openHistory());
            history.setId("assessment-history");
            first.add(avatars, history);
        }
        first.setAlignItems(FlexComponent.Alignment.CENTER);
        workflow.setWrap(true);
        showStatus();
        return new Div(first, workflow);
    }

    /** The status badge and the workflow actions the signed-in user has now. */
    private void showStatus() {
        status.setText(getTranslation("ReportStatus." + report.status()));
        workflow.removeAll();
        if (!assessments.canReadAssessment(report)) {
            return;
        }
        Set<Action> actions = assessments.actions(report);
        if (actions.contains(Action.MARK_ASSESSED)) {
            workflow.add(action("assessment.mark-assessed", "assessment-mark-assessed", () -> assessments.markAssessed(report.id())));
        }
        if (actions.contains(Action.APPROVE)) {
            workflow.add(action("assessment.approve", "assessment-approve", () -> assessments.approve(report.id())));
        }
        if (actions.contains(Action.REOPEN)) {
            workflow.add(action("assessment.reopen", "assessment-reopen", () -> assessments.reopen(report.id())));
        }
        var approvals = assessments.approvals(report);
        Span rule = new Span(approvalRule + (approvals.isEmpty() ? ""
                : " " + getTranslation("assessment.approved-by", String.join(", ", approvals.stream()
                .map(a -> a.name() + " (" + Formats.dateTime(a.at()) + ")").toList()))));
        rule.addClassName("sm-muted");
        rule.setId("assessment-approvals");
        workflow.add(rule);
    }

    /** After a workflow step or a registration, here or by someone else: the status and who may edit may have changed. */
    private void reloadReport() {
        report = assessments.report(report.id());
        showStatus();
        boolean couldEdit = editable;
        editable = assessments.canEdit(report);
        if (editable != couldEdit && fields != null) {
            fields.setEditable(editable);
        }
    }

    private void onReportChanged() {
        reloadReport();
        receipt.refresh();
    }

    private void onSignal(String signal) {
        if (FOLLOW_UPS.equals(signal) && followUpPanel != null) {
            followUpPanel.refresh();
        }
    }

    private Button action(String labelKey, String id, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                action.run();
                reloadReport();
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("error.action-denied"));
            }
        });
        button.setId(id);
        return button;
    }

    static String topicId(long reportId) {
        return "assessment-" + reportId;
    }

    static long reportIdOf(String topicId) {
        return Long.parseLong(topicId.substring("assessment-".length()));
    }

    private void openHistory() {
        Map<String, String> names = fieldNames();
        List<HistoryRow> rows = assessments.history(report.id(), null).stream().map(c -> {
            String what = names.getOrDefault(c.fieldKey(), c.fieldKey().startsWith("follow-up-")
                    ? getTranslation("assessment.follow-up") : c.fieldKey());
            HistoryRow row = HistoryRow.of(c.changedAt(), c.author(), what, label(c.fieldKey(), c.oldValue()),
                    label(c.fieldKey(), c.newValue())).withTyped(Formats.typed(this, c.inserted(), c.removed()));
            return editable && !c.fieldKey().startsWith("follow-up") ? row.withRestore(() -> fields.restore(c.fieldKey(), c.oldValue() == null ? "" : c.oldValue())) : row;
        }).toList();
        HistoryGrid.openDialog(getTranslation("assessment.history"), rows, getTranslation("history.empty"))
                .setId("assessment-history-grid");
    }

    /** A stored value as the history shows it: a rating by its label ("Delvis oppfylt"), other values as they are. */
    private String label(String fieldKey, String value) {
        return fieldKey.startsWith("rating-") && value != null && !value.isEmpty() ? getTranslation("Rating." + value) : value;
    }

    /** Readable names of the fields for the history: "3. Forskning – vurdering", "Oppfølging: ...". */
    private Map<String, String> fieldNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Criterion c : assessments.criteria(report.cycleId())) {
            names.put("rating-" + c.id(), c.position() + ". " + c.title() + " – " + getTranslation("assessment.rating").toLowerCase());
            names.put("comment-" + c.id(), c.position() + ". " + c.title() + " – " + getTranslation("assessment.comment").toLowerCase());
        }
        names.put("conclusion", getTranslation("assessment.conclusion"));
        names.put("recommendation", getTranslation("assessment.recommendation"));
        return names;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
