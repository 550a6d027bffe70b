package no.rhf.servicemiljo.arena.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.arena.ArenaChanged;
import no.rhf.servicemiljo.arena.ArenaEvent;
import no.rhf.servicemiljo.arena.ArenaEventService;
import no.rhf.servicemiljo.arena.EventStatus;
import no.rhf.servicemiljo.arena.ParticipantExport;
import no.rhf.servicemiljo.arena.RegistrationService;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;

/**
 * An event's page: what, when, where, seats; the user's own registration; for the organiser the actions (edit,
 * publish, cancel the event) and the participant list with its exports.
 */
@Route("arenas/:id([0-9]+)")
@PermitAll
public class ArenaEventView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final ArenaEventService events;
    private final RegistrationService registrations;
    private final ParticipantExport export;
    private final Div content = new Div();
    private long eventId;
    private String title = "";

    ArenaEventView(ArenaEventService events, RegistrationService registrations, ParticipantExport export, LiveUpdates live) {
        this.events = events;
        this.registrations = registrations;
        this.export = export;
        addClassName("sm-view");
        setId("arena-event");
        add(content);
        live.refreshWhileAttached(this, this::render, ArenaChanged.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("id").orElse(-1L);
        if (events.find(eventId).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        content.removeAll();
        ArenaEvent event = events.find(eventId).orElse(null);
        if (event == null) {
            content.add(new Paragraph(getTranslation("arena.error.gone")));
            return;
        }
        title = event.title();
        H1 heading = new H1(event.title());
        content.add(heading);
        if (event.status() != EventStatus.PUBLISHED) {
            content.add(new Paragraph(getTranslation("arena.status.notice." + event.status().name())));
        }
        content.add(fact("arena.field.when", EventTexts.when(event)));
        if (event.location() != null) {
            content.add(fact("arena.field.location", event.location()));
        }
        if (event.videoUrl() != null) {
            Paragraph video = new Paragraph(getTranslation("arena.field.video-url") + ": ");
            Anchor link = new Anchor(event.videoUrl(), event.videoUrl());
            link.setTarget("_blank");
            video.add(link);
            content.add(video);
        }
        content.add(fact("arena.field.deadline", no.rhf.servicemiljo.base.ui.Formats.dateTime(event.registrationDeadline())),
                fact("arena.field.seats", EventTexts.seats(this, event)));
        if (!event.description().isBlank()) {
            Paragraph description = new Paragraph(event.description());
            description.getStyle().set("white-space", "pre-line");
            content.add(description);
        }
        var mine = events.myStatus(eventId);
        HorizontalLayout registration = new HorizontalLayout(new com.vaadin.flow.component.html.Span(getTranslation("arena.my.status") + ":"),
                EventTexts.status(this, mine), new RegistrationButton(registrations, event, mine, this::render));
        registration.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        registration.setId("arena-my-registration");
        content.add(registration);
        if (events.mayOrganise(event)) {
            content.add(organiserActions(event), new ParticipantsPanel(events, registrations, export, event, this::render));
        }
    }

    private HorizontalLayout organiserActions(ArenaEvent event) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("arena-organiser-actions");
        if (event.status() != EventStatus.CANCELLED) {
            Button edit = new Button(getTranslation("common.edit"), e -> getUI().ifPresent(ui -> ui.navigate("arenas/edit/" + event.id())));
            edit.setId("arena-edit");
            actions.add(edit);
        }
        if (event.status() == EventStatus.DRAFT) {
            Button publish = new Button(getTranslation("arena.publish"), e -> confirm("arena.publish.confirm.title", "arena.publish.confirm.text",
                    "arena.publish", false, () -> {
                        events.publish(event.id());
                        Notifications.success(getTranslation("arena.published", event.title()));
                    }));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("arena-publish");
            actions.add(publish);
        }
        if (event.status() != EventStatus.CANCELLED) {
            Button cancel = new Button(getTranslation("arena.cancel-event"), e -> confirm("arena.cancel-event.confirm.title",
                    "arena.cancel-event.confirm.text", "arena.cancel-event", true, () -> {
                        int mailed = events.cancel(event.id());
                        Notifications.success(getTranslation("arena.cancelled", event.title(), mailed));
                    }));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("arena-cancel-event");
            actions.add(cancel);
        }
        return actions;
    }

    private void confirm(String header, String text, String action, boolean destructive, Runnable run) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(header, title));
        confirm.setText(getTranslation(text));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation(action));
        confirm.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        confirm.addConfirmListener(e -> {
            try {
                run.run();
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
            render();
        });
        confirm.open();
    }

    private Paragraph fact(String label, String value) {
        return new Paragraph(getTranslation(label) + ": " + value);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.arenas") : title;
    }
}
