package no.rhf.servicemiljo.arena.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import no.rhf.servicemiljo.arena.ArenaEvent;
import no.rhf.servicemiljo.arena.EventStatus;
import no.rhf.servicemiljo.arena.ParticipationStatus;
import no.rhf.servicemiljo.arena.RegistrationService;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;

import java.time.Instant;

/**
 * Register, or cancel (after a confirmation); says why not when registration is closed. The service decides: a seat or
 * the waiting list, and refuses after the deadline or for a cancelled event with a message.
 */
class RegistrationButton extends Span {

    RegistrationButton(RegistrationService registrations, ArenaEvent event, ParticipationStatus mine, Runnable refresh) {
        boolean active = mine == ParticipationStatus.REGISTERED || mine == ParticipationStatus.WAITING;
        if (active) {
            Button cancel = new Button(getTranslation(mine == ParticipationStatus.WAITING ? "arena.leave-waiting" : "arena.unregister"),
                    e -> confirmCancel(registrations, event, refresh));
            cancel.setId("arena-unregister-" + event.id());
            add(cancel);
        } else if (event.status() == EventStatus.PUBLISHED && !Instant.now().isAfter(event.registrationDeadline())) {
            Button register = new Button(getTranslation(event.full() ? "arena.register-waiting" : "arena.register"), e -> {
                try {
                    ParticipationStatus status = registrations.register(event.id());
                    Notifications.success(getTranslation(status == ParticipationStatus.WAITING ? "arena.registered.waiting"
                            : "arena.registered.seat", event.title()));
                } catch (FieldValidationException ex) {
                    Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
                }
                refresh.run();
            });
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("arena-register-" + event.id());
            add(register);
        } else {
            add(getTranslation(event.status() == EventStatus.CANCELLED ? "arena.error.event-cancelled" : "arena.closed"));
        }
    }

    private void confirmCancel(RegistrationService registrations, ArenaEvent event, Runnable refresh) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("arena.unregister.confirm.title", event.title()));
        confirm.setText(getTranslation("arena.unregister.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("arena.unregister"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                registrations.cancelMine(event.id());
                Notifications.success(getTranslation("arena.unregistered", event.title()));
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
            refresh.run();
        });
        confirm.open();
    }
}
