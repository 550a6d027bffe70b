package no.rhf.servicemiljo.arena.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import no.rhf.servicemiljo.arena.ArenaEvent;
import no.rhf.servicemiljo.arena.ArenaEventService;
import no.rhf.servicemiljo.arena.EventStatus;
import no.rhf.servicemiljo.arena.Participant;
import no.rhf.servicemiljo.arena.ParticipantExport;
import no.rhf.servicemiljo.arena.ParticipationStatus;
import no.rhf.servicemiljo.arena.RegistrationService;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.ui.DocumentDownload;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The organiser's participant list (registered, then the waiting list in its order, then cancelled), exports as CSV and
 * Word, and registering an invited contact by name and e-mail.
 */
class ParticipantsPanel extends Section {

    ParticipantsPanel(ArenaEventService events, RegistrationService registrations, ParticipantExport export, ArenaEvent event,
                      Runnable refresh) {
        setId("arena-participants");
        add(new H2(getTranslation("arena.participants")));
        List<Participant> participants = events.participants(event.id());
        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = export.csv(event.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "deltakere-" + event.id() + ".csv", "text/csv;charset=UTF-8",
                    bytes.length);
        }), "");
        csv.add(new Button(getTranslation("common.export-csv"), VaadinIcon.DOWNLOAD.create()));
        csv.setId("arena-export-csv");
        DocumentDownload word = new DocumentDownload(getTranslation("arena.export.word"), "deltakere-" + event.id() + ".docx",
                WordDocument.CONTENT_TYPE, () -> export.docx(event.id(), locale));
        word.button().setId("arena-export-word");
        HorizontalLayout exports = new HorizontalLayout(csv, word);
        exports.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(exports);

        Grid<Participant> grid = new Grid<>();
        grid.addColumn(Participant::name).setHeader(getTranslation("arena.participant.name")).setFlexGrow(2);
        grid.addColumn(Participant::email).setHeader(getTranslation("arena.participant.email")).setFlexGrow(2);
        grid.addComponentColumn(p -> EventTexts.status(this, p.status())).setHeader(getTranslation("arena.participant.status"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.userId() == null ? getTranslation("arena.participant.contact") : getTranslation("arena.participant.user"))
                .setHeader(getTranslation("arena.participant.kind")).setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTime(p.registeredAt())).setHeader(getTranslation("arena.participant.registered-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> {
            if (!p.active() || event.status() == EventStatus.CANCELLED) {
                return new com.vaadin.flow.component.html.Span(p.cancelledAt() == null ? "" : Formats.dateTime(p.cancelledAt()));
            }
            Button cancel = new Button(getTranslation("arena.participant.cancel"), e -> confirmCancel(registrations, p, refresh));
            cancel.setId("arena-cancel-participant-" + p.id());
            return cancel;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItems(participants);
        grid.setEmptyStateText(getTranslation("arena.participants.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("arena-participant-grid");
        long waiting = participants.stream().filter(p -> p.status() == ParticipationStatus.WAITING).count();
        add(new Paragraph(getTranslation("arena.participants.summary", event.registered(), waiting)), grid);
        if (event.status() == EventStatus.PUBLISHED) {
            add(contactForm(registrations, event, refresh));
        }
    }

    private HorizontalLayout contactForm(RegistrationService registrations, ArenaEvent event, Runnable refresh) {
        TextField name = new TextField(getTranslation("arena.participant.name"));
        name.setMaxLength(RegistrationService.MAX_NAME);
        name.setId("arena-contact-name");
        EmailField email = new EmailField(getTranslation("arena.participant.email"));
        email.setMaxLength(RegistrationService.MAX_EMAIL);
        email.setId("arena-contact-email");
        Map<String, HasValidation> fields = Map.of("name", name, "email", email);
        Button add = new Button(getTranslation("arena.contact.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                ParticipationStatus status = registrations.registerContact(event.id(), name.getValue(), email.getValue());
                Notifications.success(getTranslation(status == ParticipationStatus.WAITING ? "arena.registered.waiting"
                        : "arena.registered.seat", name.getValue()));
                refresh.run();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, fields);
            }
        });
        add.setId("arena-contact-add");
        HorizontalLayout form = new HorizontalLayout(name, email, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void confirmCancel(RegistrationService registrations, Participant participant, Runnable refresh) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("arena.participant.cancel.confirm.title", participant.name()));
        confirm.setText(getTranslation("arena.participant.cancel.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("arena.participant.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            registrations.cancelParticipant(participant.id());
            refresh.run();
        });
        confirm.open();
    }
}
