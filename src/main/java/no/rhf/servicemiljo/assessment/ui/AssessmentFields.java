package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.coedit.CoEditedDocument.Snapshot;
import no.rhf.servicemiljo.base.coedit.CoEditedField;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.base.ui.Markup;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.base.ui.PlainSelect;
import org.springframework.security.access.AccessDeniedException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of one assessment as the view shows them: a rating (a whole value, stored when chosen and
 * published to the others) and co-edited texts ({@link CoEditedField}), each with "X skriver her …" below it
 * while others are in it.
 */
final class AssessmentFields {

    private final AssessmentService assessments;
    private final long reportId;
    private final SharedTopic topic;
    private final Map<String, String> stored;
    private final Map<String, Snapshot> texts;
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    /** "X skriver her …" below a field, made when someone first edits it (most fields of a screen never are). */
    private final Map<String, Span> editors = new HashMap<>();
    /** Fields of retired criteria: shown, never edited. */
    private final Set<String> retired = new HashSet<>();
    /** What each published key (a field, or a co-edited text's document) is called when its change is announced. */
    private final Map<String, String> labels = new HashMap<>();

    AssessmentFields(AssessmentService assessments, long reportId, SharedTopic topic) {
        this.assessments = assessments;
        this.reportId = reportId;
        this.topic = topic;
        this.stored = assessments.values(reportId);
        this.texts = assessments.texts(reportId);
        topic.onValue(this::showValue);
        topic.onEditing(this::showEditors);
    }

    /** Whether anything was said about a criterion (a retired one is shown only then). */
    boolean hasValues(Criterion criterion) {
        return stored.containsKey("rating-" + criterion.id()) || stored.containsKey("comment-" + criterion.id());
    }

    /** A criterion's card: its title and guidance, the rating and the comment; a retired one is read-only. */
    Div criterion(Criterion criterion, boolean editable) {
        if (criterion.retired()) {
            retired.addAll(List.of("rating-" + criterion.id(), "comment-" + criterion.id()));
        }
        boolean open = editable && !criterion.retired();
        PlainSelect rating = ratingSelect();
        TextArea comment = new TextArea(rating.getTranslation("assessment.comment"));
        comment.setWidthFull();
        String name = criterion.position() + ". " + criterion.title();
        Div block = new Div(heading(name, criterion.guidance()),
                field("rating-" + criterion.id(), rating, open), field("comment-" + criterion.id(), comment, open));
        label("rating-" + criterion.id(), rating.getLabel() + " – " + name);
        label("comment-" + criterion.id(), comment.getLabel() + " – " + name);
        block.addClassName("sm-card");
        block.addClassName("sm-criterion");
        return block;
    }

    /** A criterion's title and guidance, fixed while the screen is open: one element on the server. */
    private static Div heading(String title, String guidance) {
        Div heading = Markup.div("<h3>" + Markup.escape(title) + "</h3><p>" + Markup.escape(guidance) + "</p>");
        heading.addClassName("sm-criterion-heading");
        return heading;
    }

    /** A rating's select: its options' labels in the screen's language. */
    private static PlainSelect ratingSelect() {
        UI ui = UI.getCurrent();
        PlainSelect rating = new PlainSelect(ui.getTranslation("assessment.rating"));
        Map<String, String> options = new LinkedHashMap<>();
        AssessmentService.RATINGS.forEach(value -> options.put(value, ui.getTranslation("Rating." + value)));
        rating.setOptions(options);
        return rating;
    }

    /** A field, told who else is typing in it; a text area is co-edited, anything else a whole value. */
    Component field(String key, AbstractField<?, String> field, boolean editable) {
        field.setId("field-" + key);
        if (field instanceof TextArea area) {
            area.setMaxLength(AssessmentService.MAX_TEXT);
            CoEditedField.bind(area, new AssessmentText(assessments, reportId, key, texts.getOrDefault(key, new Snapshot("", 0))),
                    topic, key, editable);
        } else {
            field.setValue(stored.getOrDefault(key, ""));
            field.setReadOnly(!editable);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(key, field, e.getValue() == null ? "" : e.getValue());
                }
            });
        }
        fields.put(key, field);
        label(key, field instanceof com.vaadin.flow.component.HasLabel named ? named.getLabel() : key);
        return field;
    }

    private void label(String key, String label) {
        labels.put(key, label);
        labels.put(AssessmentService.textKey(reportId, key), label);
    }

    /** The field a published key belongs to, by its label, for the live announcements; null if unknown. */
    String labelOf(String key) {
        return labels.get(key);
    }

    /** After a workflow step: who may edit may have changed (retired criteria stay read-only). */
    void setEditable(boolean editable) {
        fields.forEach((key, f) -> f.setReadOnly(!editable || retired.contains(key)));
    }

    /** Puts back an earlier value from the history; a text is merged with what others type meanwhile. */
    void restore(String key, String value) {
        if (fields.get(key) instanceof TextArea area) {
            CoEditedField.of(area).ifPresent(text -> text.replaceWith(value));
        } else {
            assessments.saveField(reportId, key, value);
            topic.publish(key, value);
            showValue(key, value);
        }
    }

    /**
     * Stores a chosen value; a refused one (not a rating, or the report no longer editable) goes back to what is
     * stored, with the reason at the field, so the screen never shows a choice that was not kept.
     */
    private void save(String key, AbstractField<?, String> field, String value) {
        try {
            assessments.saveField(reportId, key, value);
            ((HasValidation) field).setInvalid(false);
            stored.put(key, value);
            topic.publish(key, value);
        } catch (FieldValidationException ex) {
            field.setValue(stored.getOrDefault(key, ""));
            Notifications.showAtField(ex, Map.of(key, (HasValidation) field));
        } catch (AccessDeniedException ex) {
            field.setValue(stored.getOrDefault(key, ""));
            Notifications.showAtField(new FieldValidationException(key, "assessment.error.not-editable"),
                    Map.of(key, (HasValidation) field));
        }
    }

    private void showValue(String key, String value) {
        HasValue<?, String> field = fields.get(key);
        if (field != null && !(field instanceof TextArea) && value != null) {
            stored.put(key, value);
            if (!Objects.equals(field.getValue(), value)) {
                field.setValue(value);
            }
        }
    }

    private void showEditors(String key, List<String> names) {
        Span editor = editors.get(key);
        if (editor == null && !names.isEmpty() && fields.get(key) instanceof Component field) {
            editor = belowField(key, field);
        }
        if (editor != null) {
            editor.setText(names.isEmpty() ? "" : editor.getTranslation("assessment.editing", String.join(", ", names)));
        }
    }

    /** The "who is typing here" line of a field, placed right after it (null while the field is not on a screen). */
    private Span belowField(String key, Component field) {
        Element parent = field.getElement().getParent();
        if (parent == null) {
            return null;
        }
        Span editor = new Span();
        editor.addClassNames("sm-muted", "sm-editors");
        editor.setId("editor-" + key);
        parent.insertChild(parent.indexOfChild(field.getElement()) + 1, editor.getElement());
        editors.put(key, editor);
        return editor;
    }
}
