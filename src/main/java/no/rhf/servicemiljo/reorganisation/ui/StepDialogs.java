package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reorganisation.CaseOption;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;

import java.time.LocalDate;

/** The dialogs of a case's IRF step and decision step. */
final class StepDialogs {

    private StepDialogs() {
    }

    static FormDialog irf(ReorganisationCase c, ReorganisationService service, Runnable onSaved) {
        DatePicker date = new DatePicker();
        TextField reference = new TextField();
        FormDialog dialog = new FormDialog(UiText.t("reorganisation.irf.title"), "irf-dialog", UiText.t("reorganisation.irf.send"),
                () -> service.sendToIrf(c.getId(), date.getValue(), reference.getValue()), () -> {
                    Notifications.success(UiText.t("reorganisation.irf.sent"));
                    onSaved.run();
                });
        date.setLabel(dialog.getTranslation("reorganisation.irf-date"));
        date.setValue(c.getIrfDate() == null ? LocalDate.now() : c.getIrfDate());
        date.setLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        date.setId("irf-date");
        reference.setLabel(dialog.getTranslation("reorganisation.irf-reference"));
        reference.setHelperText(dialog.getTranslation("reorganisation.irf-reference.helper"));
        reference.setMaxLength(ReorganisationService.MAX_REFERENCE);
        reference.setValue(c.getIrfReference() == null ? "" : c.getIrfReference());
        reference.setId("irf-reference");
        dialog.field("irfDate", date);
        dialog.field("irfReference", reference);
        return dialog;
    }

    static FormDialog decision(ReorganisationCase c, ReorganisationService service, Runnable onSaved) {
        Select<CaseOption> option = new Select<>();
        DatePicker date = new DatePicker();
        TextArea text = new TextArea();
        FormDialog dialog = new FormDialog(UiText.t("reorganisation.decision.title"), "decision-dialog",
                UiText.t("reorganisation.decision.save"),
                () -> service.decide(c.getId(), option.getValue(), date.getValue(), text.getValue()), () -> {
                    Notifications.success(UiText.t("reorganisation.decision.saved"));
                    onSaved.run();
                });
        option.setLabel(dialog.getTranslation("reorganisation.decision"));
        option.setItems(c.getKind().options());
        option.setItemLabelGenerator(Formats::enumLabel);
        option.setValue(c.getDecision());
        option.setId("decision-option");
        date.setLabel(dialog.getTranslation("reorganisation.decision-date"));
        date.setLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        date.setValue(c.getDecisionDate() == null ? c.getIrfDate() : c.getDecisionDate());
        date.setId("decision-date");
        text.setLabel(dialog.getTranslation("reorganisation.decision-text"));
        text.setMaxLength(ReorganisationService.MAX_TEXT);
        text.setValue(c.getDecisionText() == null ? "" : c.getDecisionText());
        text.setId("decision-text");
        dialog.field("decision", option);
        dialog.field("decisionDate", date);
        dialog.field("decisionText", text);
        return dialog;
    }
}
