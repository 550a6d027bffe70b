package no.rhf.servicemiljo.arena.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import no.rhf.servicemiljo.arena.ArenaEvent;
import no.rhf.servicemiljo.arena.ParticipationStatus;
import no.rhf.servicemiljo.base.ui.Formats;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How an event's time, seats and a registration status are shown. */
final class EventTexts {

    private EventTexts() {
    }

    /** The start date and time, and the end time (or end date and time on another day). */
    static String when(ArenaEvent event) {
        ZonedDateTime start = event.startsAt().atZone(ArenaEvent.OSLO);
        ZonedDateTime end = event.endsAt().atZone(ArenaEvent.OSLO);
        String endText = start.toLocalDate().equals(end.toLocalDate()) ? DateTimeFormatter.ofPattern("HH:mm").format(end)
                : Formats.dateTime(event.endsAt());
        return Formats.dateTime(event.startsAt()) + "–" + endText;
    }

    static String seats(Component in, ArenaEvent event) {
        if (event.capacity() == null) {
            return in.getTranslation("arena.seats.unlimited", event.registered());
        }
        return in.getTranslation("arena.seats.of", event.registered(), event.capacity(), event.waiting());
    }

    static Span status(Component in, ParticipationStatus status) {
        Span badge = new Span(status == null ? in.getTranslation("arena.my.none") : in.getTranslation("ParticipationStatus." + status.name()));
        badge.getElement().getThemeList().add(status == ParticipationStatus.REGISTERED ? "badge success"
                : status == ParticipationStatus.WAITING ? "badge contrast" : "badge");
        return badge;
    }
}
