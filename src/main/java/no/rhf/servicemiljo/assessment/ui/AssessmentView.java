package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.CollaborationMessageInput;
import com.vaadin.collaborationengine.CollaborationMessageList;
import com.vaadin.collaborationengine.CollaborationMessagePersister;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.FieldChange;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.collaboration.CollaborationIdentity;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One annual report's assessment, co-edited live: everyone with it open sees the others' avatars, who
 * is in which field, and every value as soon as its author's change is stored — no Save button.
 */
@Route("reports/:id")
@PermitAll
public class AssessmentView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    private final Map<String, Span> editors = new LinkedHashMap<>();
    private String title = "";

    AssessmentView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("sm-view");
        setId("assessment");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Report report;
        try {
            report = assessments.report(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        title = report.unitName();
        removeAll();
        fields.clear();
        editors.clear();
        boolean editable = assessments.canEdit(report);
        AssessmentTopic topic = AssessmentTopic.join(this, report.id(), this::showValue, this::showEditor);

        CollaborationAvatarGroup avatars = new CollaborationAvatarGroup(topic.me(), AssessmentTopic.topicId(report.id()));
        avatars.setId("assessment-avatars");
        Span status = new Span(getTranslation("ReportStatus." + report.status()));
        status.getElement().getThemeList().add("badge");
        Button history = new Button(getTranslation("assessment.history"), e -> openHistory(report, topic));
        history.setId("assessment-history");
        HorizontalLayout header = new HorizontalLayout(status, avatars, history);
        header.add(workflowButtons(report));
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        add(new H2(report.unitName()), new Paragraph(getTranslation("assessment.for-year", report.reportYear())), header);
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("assessment.read-only"));
            readOnly.addClassName("sm-muted");
            add(readOnly);
        }

        Map<String, String> stored = assessments.values(report.id());
        for (Criterion criterion : assessments.criteria(report.cycleId())) {
            Select<String> rating = new Select<>();
            rating.setLabel(getTranslation("assessment.rating"));
            rating.setItems("MET", "PARTLY_MET", "NOT_MET", "NOT_RELEVANT");
            rating.setItemLabelGenerator(r -> r == null || r.isEmpty() ? "" : getTranslation("Rating." + r));
            TextArea comment = new TextArea(getTranslation("assessment.comment"));
            comment.setWidthFull();
            Div block = new Div(new H3(criterion.position() + ". " + criterion.title()), new Paragraph(criterion.guidance()),
                    field(report, "rating-" + criterion.id(), rating, stored, editable, topic),
                    field(report, "comment-" + criterion.id(), comment, stored, editable, topic));
            block.addClassName("sm-card");
            add(block);
        }
        TextArea conclusion = new TextArea(getTranslation("assessment.conclusion"));
        TextArea recommendation = new TextArea(getTranslation("assessment.recommendation"));
        TextArea followUp = new TextArea(getTranslation("assessment.follow-up"));
        for (TextArea area : new TextArea[]{conclusion, recommendation, followUp}) {
            area.setWidthFull();
        }
        add(new H3(getTranslation("assessment.overall")), field(report, "conclusion", conclusion, stored, editable, topic),
                field(report, "recommendation", recommendation, stored, editable, topic),
                field(report, "follow-up", followUp, stored, editable, topic));
        add(new H3(getTranslation("assessment.discussion")), discussion(report, topic, editable));
    }

    /** Assessed → approved → reopened; the service decides who may, the buttons only offer it. */
    private Component workflowButtons(Report report) {
        HorizontalLayout buttons = new HorizontalLayout();
        Runnable reload = () -> getUI().ifPresent(ui -> ui.getPage().reload());
        buttons.add(action("assessment.mark-assessed", "assessment-mark-assessed", () -> assessments.markAssessed(report.id()), reload));
        buttons.add(action("assessment.approve", "assessment-approve", () -> assessments.approve(report.id()), reload));
        buttons.add(action("assessment.reopen", "assessment-reopen", () -> assessments.reopen(report.id()), reload));
        var approvals = assessments.approvals(report.id());
        Span rule = new Span(getTranslation("assessment.approval.rule") + (approvals.isEmpty() ? ""
                : " " + getTranslation("assessment.approved-by", String.join(", ", approvals.stream().map(a -> a.name()).toList()))));
        rule.addClassName("sm-muted");
        buttons.add(rule);
        return buttons;
    }

    private Button action(String labelKey, String id, Runnable action, Runnable after) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                action.run();
                after.run();
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("error.action-denied"));
            }
        });
        button.setId(id);
        return button;
    }

    private Component field(Report report, String key, AbstractField<?, String> field, Map<String, String> stored,
                            boolean editable, AssessmentTopic topic) {
        field.setId("field-" + key);
        field.setValue(stored.getOrDefault(key, ""));
        field.setReadOnly(!editable);
        if (field instanceof TextArea area) {
            area.setMaxLength(AssessmentService.MAX_TEXT);
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(400);
            area.addFocusListener(e -> topic.focus(key));
            area.addBlurListener(e -> topic.blur(key));
        }
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                String value = e.getValue() == null ? "" : e.getValue();
                assessments.saveField(report.id(), key, value);
                ((com.vaadin.flow.component.HasValidation) field).setInvalid(false);
                topic.published(key, value);
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of(key, (com.vaadin.flow.component.HasValidation) field));
            }
        });
        fields.put(key, field);
        Span editor = new Span();
        editor.addClassName("sm-muted");
        editor.setId("editor-" + key);
        editors.put(key, editor);
        return new Div(field, editor);
    }

    private void showValue(String key, String value) {
        HasValue<?, String> field = fields.get(key);
        if (field != null && value != null && !Objects.equals(field.getValue(), value)) {
            field.setValue(value);
        }
    }

    private void showEditor(String key, String name) {
        Span editor = editors.get(key);
        if (editor != null) {
            editor.setText(name == null || name.equals(CollaborationIdentity.currentUser().getName()) ? ""
                    : getTranslation("assessment.editing", name));
        }
    }

    private Component discussion(Report report, AssessmentTopic topic, boolean editable) {
        CollaborationMessagePersister persister = CollaborationMessagePersister.fromCallbacks(
                query -> assessments.messages(AssessmentTopic.reportIdOf(query.getTopicId())).stream()
                        .filter(m -> !m.sentAt().isBefore(query.getSince()))
                        .map(m -> new CollaborationMessage(CollaborationIdentity.of(m.authorId(), m.author()), m.text(), m.sentAt())),
                request -> assessments.postMessage(report.id(), request.getMessage().getText(), request.getMessage().getTime()));
        CollaborationMessageList list = new CollaborationMessageList(topic.me(), AssessmentTopic.topicId(report.id()), persister);
        list.setId("assessment-messages");
        Div discussion = new Div(list);
        if (editable) {
            CollaborationMessageInput input = new CollaborationMessageInput(list);
            input.setId("assessment-message-input");
            input.setWidthFull();
            discussion.add(input);
        }
        return discussion;
    }

    private void openHistory(Report report, AssessmentTopic topic) {
        Dialog dialog = new Dialog(getTranslation("assessment.history"));
        dialog.setWidth("60rem");
        Grid<FieldChange> grid = new Grid<>();
        grid.addColumn(c -> Formats.dateTime(c.changedAt())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(FieldChange::author).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(FieldChange::fieldKey).setHeader(getTranslation("history.what"));
        grid.addColumn(c -> Formats.value(c.oldValue())).setHeader(getTranslation("history.old")).setFlexGrow(2);
        grid.addColumn(c -> Formats.value(c.newValue())).setHeader(getTranslation("history.new")).setFlexGrow(2);
        if (assessments.canEdit(report)) {
            grid.addComponentColumn(c -> new Button(getTranslation("assessment.restore"), e -> {
                String restored = c.oldValue() == null ? "" : c.oldValue();
                assessments.saveField(report.id(), c.fieldKey(), restored);
                topic.published(c.fieldKey(), restored);
                showValue(c.fieldKey(), restored);
                dialog.close();
            })).setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(assessments.history(report.id(), null));
        grid.setEmptyStateText(getTranslation("history.empty"));
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
