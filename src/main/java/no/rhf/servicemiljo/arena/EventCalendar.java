package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.reminder.ICalendar;

import java.time.Instant;

/**
 * The .ics of one event (RFC 5545): a VCALENDAR with one VEVENT, its start and end in UTC, the place (or video link) as
 * LOCATION, the description and the event's address as DESCRIPTION. The UID is stable per event and the SEQUENCE is the
 * event's calendar revision (raised by every change that is mailed), so a calendar program updates the event it has; a
 * cancelled event is sent with METHOD:CANCEL and STATUS:CANCELLED. Lines are folded and escaped by the reminders'
 * {@link ICalendar}.
 */
final class EventCalendar {

    private EventCalendar() {
    }

    static String uid(long eventId) {
        return "arena-" + eventId + "@servicemiljo";
    }

    static String of(ArenaEvent event, String link, Instant now) {
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        StringBuilder ics = new StringBuilder();
        ICalendar.line(ics, "BEGIN:VCALENDAR");
        ICalendar.line(ics, "VERSION:2.0");
        ICalendar.line(ics, "PRODID:" + ICalendar.PRODID);
        ICalendar.line(ics, "CALSCALE:GREGORIAN");
        ICalendar.line(ics, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
        ICalendar.line(ics, "BEGIN:VEVENT");
        ICalendar.line(ics, "UID:" + uid(event.id()));
        ICalendar.line(ics, "DTSTAMP:" + ICalendar.utc(now));
        ICalendar.line(ics, "DTSTART:" + ICalendar.utc(event.startsAt()));
        ICalendar.line(ics, "DTEND:" + ICalendar.utc(event.endsAt()));
        ICalendar.line(ics, "SEQUENCE:" + event.calendarSequence());
        ICalendar.line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        ICalendar.line(ics, "SUMMARY:" + ICalendar.escape(event.title()));
        ICalendar.line(ics, "LOCATION:" + ICalendar.escape(event.where()));
        String description = event.description() == null || event.description().isBlank() ? link : event.description() + "\n\n" + link;
        ICalendar.line(ics, "DESCRIPTION:" + ICalendar.escape(description));
        ICalendar.line(ics, "URL:" + link);
        ICalendar.line(ics, "END:VEVENT");
        ICalendar.line(ics, "END:VCALENDAR");
        return ics.toString();
    }
}
