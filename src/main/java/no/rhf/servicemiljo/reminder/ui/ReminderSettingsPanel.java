package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reminder.ReminderDelivery;
import no.rhf.servicemiljo.reminder.ReminderPreferenceService;
import no.rhf.servicemiljo.reminder.ReminderPreferences;
import no.rhf.servicemiljo.reminder.ReminderRule;
import no.rhf.servicemiljo.reminder.ReminderRuleService;

/** "Mine innstillinger for påminnelser": each reminder or a weekly digest, and which optional kinds to get. */
class ReminderSettingsPanel extends Div {

    ReminderSettingsPanel(ReminderPreferenceService preferences, ReminderRuleService rules) {
        setId("reminder-settings");
        addClassName("sm-card");
        ReminderPreferences mine = preferences.mine();
        RadioButtonGroup<ReminderDelivery> delivery = new RadioButtonGroup<>(getTranslation("reminder.prefs.delivery"));
        delivery.setId("reminder-delivery");
        delivery.setItems(ReminderDelivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("reminder.prefs.delivery." + d.name()));
        delivery.setValue(mine.delivery());
        delivery.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.setMyDelivery(e.getValue());
                Notifications.success(getTranslation("reminder.prefs.saved"));
            }
        });
        Div kinds = new Div();
        kinds.setId("reminder-kinds");
        kinds.addClassName("sm-reminder-kinds");
        for (ReminderRule rule : rules.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            Checkbox wanted = new Checkbox(KindLabels.of(rule.kind())
                    + (rule.mandatory() ? " " + getTranslation("reminder.prefs.mandatory-suffix") : ""));
            wanted.setId("reminder-kind-" + rule.kind());
            wanted.setValue(rule.mandatory() || !mine.optedOutKinds().contains(rule.kind()));
            wanted.setReadOnly(rule.mandatory());
            wanted.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    preferences.setMyOptOut(rule.kind(), !e.getValue());
                    Notifications.success(getTranslation("reminder.prefs.saved"));
                } catch (FieldValidationException ex) {
                    wanted.setValue(true);
                    Notifications.error(getTranslation(ex.getMessageKey()));
                }
            });
            kinds.add(wanted);
        }
        if (kinds.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("reminder.prefs.no-kinds"));
            none.addClassName("sm-empty-state");
            kinds.add(none);
        }
        Paragraph help = new Paragraph(getTranslation("reminder.prefs.help"));
        help.addClassName("sm-muted");
        add(new H3(getTranslation("reminder.prefs.title")), delivery, new H4(getTranslation("reminder.prefs.kinds")), help, kinds);
    }
}
