package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.IrfRound;

import java.util.Map;
import java.util.function.Consumer;

/** ADMIN edits the dates of a round: they are data and change from year to year. */
class RoundDatesDialog extends Dialog {

    RoundDatesDialog(ApplicationService service, IrfRound round, Consumer<IrfRound> onSaved) {
        setHeaderTitle(getTranslation("irf.round.edit-dates", round.year()));
        DatePicker opens = new DatePicker(getTranslation("irf.round.opens"), round.opensOn());
        DatePicker regional = new DatePicker(getTranslation("irf.round.regional-deadline"), round.regionalDeadline());
        DatePicker serviceEnv = new DatePicker(getTranslation("irf.round.service-environment-deadline"), round.serviceEnvironmentDeadline());
        DatePicker meeting = new DatePicker(getTranslation("irf.round.irf-meeting"), round.irfMeeting());
        DatePicker ministry = new DatePicker(getTranslation("irf.round.ministry-deadline"), round.ministryDeadline());
        add(new FormLayout(opens, regional, serviceEnv, meeting, ministry));
        Map<String, HasValidation> fields = Map.of("opensOn", opens, "regionalDeadline", regional,
                "serviceEnvironmentDeadline", serviceEnv, "irfMeeting", meeting, "ministryDeadline", ministry);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                IrfRound saved = service.updateDates(round.id(), opens.getValue(), regional.getValue(), serviceEnv.getValue(),
                        meeting.getValue(), ministry.getValue());
                Notifications.success(getTranslation("irf.round.dates-saved"));
                onSaved.accept(saved);
                close();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, fields);
            }
        });
        save.setId("irf-save-dates");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
