package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reminder.ReminderRule;
import no.rhf.servicemiljo.reminder.ReminderRuleDraft;
import no.rhf.servicemiljo.reminder.ReminderRuleService;

import java.util.Map;
import java.util.stream.Collectors;

/** ADMIN: when reminders go out for each kind of deadline, whether the kind is mandatory and whether it is on. */
class RulesPanel extends Div {

    private final ReminderRuleService rules;
    private final Grid<ReminderRule> grid = new Grid<>();

    RulesPanel(ReminderRuleService rules) {
        this.rules = rules;
        setId("reminder-rules");
        Paragraph help = new Paragraph(getTranslation("reminder.rule.help"));
        help.addClassName("sm-muted");
        grid.setId("rules-grid");
        grid.addColumn(r -> KindLabels.of(r.kind())).setHeader(getTranslation("reminder.kind")).setFlexGrow(2);
        grid.addColumn(ReminderRule::kind).setHeader(getTranslation("reminder.rule.code")).setAutoWidth(true);
        grid.addColumn(r -> r.offsets().isEmpty() ? Formats.NOTHING : r.offsetsText()).setHeader(getTranslation("reminder.rule.offsets"));
        grid.addColumn(r -> r.overdueEveryDays() == null ? Formats.NOTHING
                : getTranslation("reminder.rule.overdue-text", r.overdueEveryDays(), r.overdueUntilDays())).setHeader(getTranslation("reminder.rule.overdue"));
        grid.addColumn(r -> r.effectiveOffsets().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("reminder.rule.days")).setFlexGrow(2);
        grid.addColumn(r -> Formats.value(r.mandatory())).setHeader(getTranslation("reminder.rule.mandatory")).setAutoWidth(true);
        grid.addColumn(r -> Formats.value(r.enabled())).setHeader(getTranslation("reminder.rule.enabled")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("common.edit"), e -> openEditor(r));
            edit.setId("edit-rule-" + r.kind());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("reminder.rule.empty"));
        Button add = new Button(getTranslation("reminder.rule.add"), e -> openEditor(null));
        add.setId("add-rule");
        add(help, add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.rules());
    }

    private void openEditor(ReminderRule rule) {
        Dialog dialog = new Dialog();
        dialog.setId("rule-dialog");
        dialog.setHeaderTitle(rule == null ? getTranslation("reminder.rule.add")
                : getTranslation("reminder.rule.edit", KindLabels.of(rule.kind())));
        TextField kind = new TextField(getTranslation("reminder.rule.code"));
        kind.setId("rule-kind");
        kind.setMaxLength(40);
        kind.setHelperText(getTranslation("reminder.rule.code.help"));
        TextField offsets = new TextField(getTranslation("reminder.rule.offsets"));
        offsets.setId("rule-offsets");
        offsets.setHelperText(getTranslation("reminder.rule.offsets.help"));
        IntegerField every = new IntegerField(getTranslation("reminder.rule.every"));
        every.setId("rule-every");
        every.setHelperText(getTranslation("reminder.rule.every.help"));
        IntegerField until = new IntegerField(getTranslation("reminder.rule.until"));
        until.setId("rule-until");
        Checkbox mandatory = new Checkbox(getTranslation("reminder.rule.mandatory"));
        mandatory.setId("rule-mandatory");
        Checkbox enabled = new Checkbox(getTranslation("reminder.rule.enabled"), true);
        enabled.setId("rule-enabled");
        if (rule != null) {
            kind.setValue(rule.kind());
            kind.setReadOnly(true);
            offsets.setValue(rule.offsetsText());
            every.setValue(rule.overdueEveryDays());
            until.setValue(rule.overdueUntilDays());
            mandatory.setValue(rule.mandatory());
            enabled.setValue(rule.enabled());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            offsets.setInvalid(false);
            every.setInvalid(false);
            until.setInvalid(false);
            kind.setInvalid(false);
            try {
                rules.save(kind.getValue().strip(), new ReminderRuleDraft(offsets.getValue(), every.getValue(), until.getValue(),
                        mandatory.getValue(), enabled.getValue()));
                Notifications.success(getTranslation("reminder.rule.saved"));
                dialog.close();
                refresh();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("kind", kind, "offsets", offsets, "overdueEveryDays", every, "overdueUntilDays", until));
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, offsets, every, until, mandatory, enabled));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
