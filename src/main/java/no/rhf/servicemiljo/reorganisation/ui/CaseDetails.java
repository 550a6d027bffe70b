package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;

/** What a case says: the unit, its kind and region, the background, the IRF case, the decision and the outcome. */
class CaseDetails extends FormLayout {

    CaseDetails(ReorganisationCase c) {
        setId("case-details");
        addFormItem(UnitLinks.link(c.getUnit()), getTranslation("reorganisation.unit"));
        item("reorganisation.kind", Formats.enumLabel(c.getKind()));
        item("reorganisation.responsible-region", c.getResponsibleRegion().getName());
        item("reorganisation.status", Formats.enumLabel(c.getStatus()));
        if (c.getUnit().getTermEnd() != null) {
            item("unit.term-end", Formats.date(c.getUnit().getTermEnd()));
        }
        if (c.getUnit().getYearSixEvaluation() != null) {
            item("unit.year-six-evaluation", Formats.date(c.getUnit().getYearSixEvaluation()));
        }
        longText("reorganisation.background", c.getBackground());
        item("reorganisation.irf-date", Formats.date(c.getIrfDate()));
        item("reorganisation.irf-reference", Formats.value(c.getIrfReference()));
        item("reorganisation.decision", Formats.enumLabel(c.getDecision()));
        item("reorganisation.decision-date", Formats.date(c.getDecisionDate()));
        longText("reorganisation.decision-text", c.getDecisionText());
        if (c.getSuccessor() != null) {
            Anchor successor = UnitLinks.link(c.getSuccessor());
            successor.setId("case-successor");
            addFormItem(successor, getTranslation("unit.successor"));
        }
        if (c.getAppliedAt() != null) {
            item("reorganisation.applied", getTranslation("reorganisation.applied.by", Formats.dateTime(c.getAppliedAt()),
                    c.getAppliedBy()));
        }
    }

    private void item(String labelKey, String value) {
        addFormItem(new Span(value), getTranslation(labelKey));
    }

    private void longText(String labelKey, String value) {
        Paragraph text = new Paragraph(Formats.value(value));
        text.getStyle().set("white-space", "pre-wrap");
        setColspan(addFormItem(text, getTranslation(labelKey)), 2);
    }
}
