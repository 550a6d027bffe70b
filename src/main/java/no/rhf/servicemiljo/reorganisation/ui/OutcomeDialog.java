package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.registry.UnitRules;
import no.rhf.servicemiljo.reorganisation.CaseOption;
import no.rhf.servicemiljo.reorganisation.OutcomeDraft;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;

import java.util.List;

/**
 * Applies a decided case to the registry: asks what the decision needs (the successor for continuation in
 * another form, the new term end for further competence building), then confirms before anything changes.
 */
class OutcomeDialog {

    private OutcomeDialog() {
    }

    static FormDialog create(ReorganisationCase c, ReorganisationService service, Runnable onApplied) {
        CaseOption decision = c.getDecision();
        Select<UnitKind> kind = new Select<>();
        TextField name = new TextField();
        Select<Short> frame = new Select<>();
        IntegerField startYear = new IntegerField();
        DatePicker termEnd = new DatePicker();
        FormDialog dialog = new FormDialog(UiText.t("reorganisation.outcome.title"), "outcome-dialog",
                UiText.t("reorganisation.outcome.apply"));
        dialog.save.addClickListener(e -> {
            dialog.clearErrors();
            OutcomeDraft draft = new OutcomeDraft(decision.createsSuccessor() ? kind.getValue() : null, name.getValue(),
                    frame.isVisible() ? frame.getValue() : null, startYear.isVisible() ? startYear.getValue() : null,
                    termEnd.getValue());
            confirm(c, service, draft, onApplied, dialog);
        });
        dialog.text(new Paragraph(dialog.getTranslation("reorganisation.outcome.intro." + decision.name(), c.getUnit().getNameNb())));
        if (decision.createsSuccessor()) {
            kind.setLabel(dialog.getTranslation("reorganisation.outcome.successor-kind"));
            kind.setItems(List.of(UnitKind.QUALITY_COMPETENCE_NETWORK, UnitKind.NATIONAL_CENTRE));
            kind.setItemLabelGenerator(Formats::enumLabel);
            kind.setValue(UnitKind.QUALITY_COMPETENCE_NETWORK);
            kind.setId("outcome-kind");
            name.setLabel(dialog.getTranslation("reorganisation.outcome.successor-name"));
            name.setMaxLength(UnitRules.MAX_NAME);
            name.setValue(suggestedName(c.getUnit().getNameNb()));
            name.setWidthFull();
            name.setId("outcome-name");
            frame.setLabel(dialog.getTranslation("unit.funding-frame"));
            frame.setItems((short) 1, (short) 2);
            frame.setValue((short) 1);
            frame.setId("outcome-frame");
            startYear.setLabel(dialog.getTranslation("reorganisation.outcome.start-year"));
            startYear.setHelperText(dialog.getTranslation("reorganisation.outcome.start-year.helper"));
            startYear.setValue(c.getDecisionDate().getYear() + 1);
            startYear.setMin(2000);
            startYear.setMax(2100);
            startYear.setId("outcome-start-year");
            kind.addValueChangeListener(e -> {
                boolean network = e.getValue() == UnitKind.QUALITY_COMPETENCE_NETWORK;
                frame.setVisible(network);
                startYear.setVisible(network);
            });
            dialog.field("successorKind", kind);
            dialog.field("nameNb", name);
            dialog.field("fundingFrameMnok", frame);
            dialog.field("fundingStart", startYear);
        } else if (decision == CaseOption.FURTHER_COMPETENCE_BUILDING) {
            termEnd.setLabel(dialog.getTranslation("reorganisation.outcome.new-term-end"));
            termEnd.setLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
            termEnd.setId("outcome-term-end");
            dialog.field("termEnd", termEnd);
        }
        return dialog;
    }

    private static void confirm(ReorganisationCase c, ReorganisationService service, OutcomeDraft draft, Runnable onApplied,
                                FormDialog dialog) {
        ConfirmDialog confirm = new ConfirmDialog(UiText.t("reorganisation.outcome.confirm.title"),
                UiText.t("reorganisation.outcome.confirm.text." + c.getDecision().name(), c.getUnit().getNameNb()),
                UiText.t("reorganisation.outcome.apply"), e -> {
                    try {
                        service.applyOutcome(c.getId(), draft);
                        Notifications.success(UiText.t("reorganisation.outcome.applied"));
                        dialog.close();
                        onApplied.run();
                    } catch (no.rhf.servicemiljo.base.FieldValidationException ex) {
                        dialog.showError(ex);
                    }
                });
        confirm.setId("outcome-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(UiText.t("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** "Nasjonal kompetansetjeneste for X" is continued as "Nasjonalt kvalitets- og kompetansenettverk for X". */
    static String suggestedName(String competenceServiceName) {
        return competenceServiceName.replaceFirst("^Nasjonal kompetansetjeneste", "Nasjonalt kvalitets- og kompetansenettverk");
    }
}
