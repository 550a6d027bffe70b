package no.rhf.servicemiljo.assessment.summary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService;
import no.rhf.servicemiljo.assessment.summary.SummaryTextService;
import no.rhf.servicemiljo.assessment.summary.SummaryTextService.SummaryText;
import no.rhf.servicemiljo.base.coedit.CoEditedDocument;
import no.rhf.servicemiljo.base.coedit.CoEditedField;
import no.rhf.servicemiljo.base.coedit.Edit;
import no.rhf.servicemiljo.base.coedit.StoredEdit;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.base.ui.Formats;

import java.util.List;
import java.util.Optional;

/** The cycle's co-edited summary text, who is typing in it, when it was last stored, and the way to its history. */
final class SummaryTextEditor extends Div {

    private final CoEditedField coEdited;

    SummaryTextEditor(SummaryTextService texts, long cycleId, SharedTopic topic, boolean editable, Runnable openHistory) {
        SummaryText stored = texts.text(cycleId);
        TextArea text = new TextArea();
        text.setId("summary-text");
        text.setAriaLabel(getTranslation("summary.text"));
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setMaxLength(NationalSummaryService.MAX_TEXT);
        text.setPlaceholder(editable ? "" : getTranslation("summary.text.empty"));
        coEdited = CoEditedField.bind(text, new Document(texts, cycleId, stored), topic, "text", editable);
        Span editing = new Span();
        editing.addClassName("sm-muted");
        editing.setId("summary-editing");
        topic.onEditing((field, names) -> editing.setText(names.isEmpty() ? "" : getTranslation("assessment.editing", String.join(", ", names))));
        Span updated = new Span(stored.updatedAt() == null ? ""
                : getTranslation("summary.text.updated", Formats.dateTime(stored.updatedAt()), stored.updatedBy()));
        updated.addClassName("sm-muted");
        updated.setId("summary-updated");
        Button history = new Button(getTranslation("summary.history"), e -> openHistory.run());
        history.setId("summary-history");
        HorizontalLayout below = new HorizontalLayout(editing, updated, history);
        below.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(text, below);
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("summary.read-only"));
            readOnly.addClassName("sm-muted");
            add(readOnly);
        }
    }

    /** Puts back an earlier text from the history, merged with what others type meanwhile. */
    void restore(String text) {
        coEdited.replaceWith(text);
    }

    /** The cycle's summary text as a co-edited document. */
    private static final class Document implements CoEditedDocument {
        private final SummaryTextService texts;
        private final long cycleId;
        private SummaryText opened;

        Document(SummaryTextService texts, long cycleId, SummaryText opened) {
            this.texts = texts;
            this.cycleId = cycleId;
            this.opened = opened;
        }

        @Override
        public String key() {
            return SummaryTextService.textKey(cycleId);
        }

        @Override
        public Snapshot open() {
            SummaryText now = opened != null ? opened : texts.text(cycleId);
            opened = null;
            return new Snapshot(now.text(), now.version());
        }

        @Override
        public Optional<StoredEdit> edit(Edit edit) {
            return texts.editText(cycleId, edit);
        }

        @Override
        public List<StoredEdit> since(long version) {
            return texts.textEditsSince(cycleId, version);
        }
    }
}
