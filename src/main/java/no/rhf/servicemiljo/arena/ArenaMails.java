package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.base.PublicUrl;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.base.mail.MailTemplates;
import no.rhf.servicemiljo.base.mail.MailTemplates.MailBody;
import no.rhf.servicemiljo.reminder.MailOutbox;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The mails of the arenas, in the participant's language, from the template {@code templates/mail/arena.*}, with the
 * event's .ics: the confirmation of a seat, the place on the waiting list, the seat freed for someone waiting, a change
 * of a published event's time, place or title, and the cancellation of the event. They go through the reminders' outbox
 * in the same transaction as the registration, so a mail goes out once, and only for what was committed.
 */
@Component
class ArenaMails {

    static final String KIND = "ARENA_MAIL";

    enum Type {
        CONFIRMED, WAITING, PROMOTED, CHANGED, CANCELLED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MailTemplates templates;
    private final Messages messages;
    private final MailOutbox outbox;
    private final PublicUrl publicUrl;
    private final Clock clock;

    ArenaMails(MailTemplates templates, Messages messages, MailOutbox outbox, PublicUrl publicUrl, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    void send(ArenaEvent event, Participant to, Type type) {
        String locale = to.locale() == null ? "nb" : to.locale();
        String link = publicUrl.base().replaceAll("/+$", "") + "/" + event.path();
        String subject = messages.get("mail.arena.subject." + type.key(), locale, event.title());
        MailBody body = render(event, to.name(), locale, type, link, subject);
        Instant now = clock.instant();
        ArenaEvent forCalendar = type == Type.CANCELLED ? withStatus(event, EventStatus.CANCELLED) : event;
        outbox.enqueue(new MailOutbox.OutgoingMail("arena|" + type.key() + "|" + to.id() + "|" + UUID.randomUUID(), KIND,
                event.title(), LocalDate.ofInstant(event.startsAt(), ArenaEvent.OSLO), to.userId(), to.email(), locale, subject,
                body.text(), body.html(), EventCalendar.of(forCalendar, link, now), event.path()));
    }

    MailBody render(ArenaEvent event, String name, String locale, Type type, String link, String subject) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", subject);
        variables.put("name", name);
        variables.put("title", event.title());
        variables.put("when", when(event, locale));
        variables.put("where", event.where());
        variables.put("link", link);
        variables.put("introKey", "mail.arena.intro." + type.key());
        variables.put("nextKey", "mail.arena.next." + type.key());
        return templates.render("arena", Messages.language(locale), variables);
    }

    /** "15. september 2027 kl. 10:00–15:30" in the language's own pattern. */
    String when(ArenaEvent event, String locale) {
        ZonedDateTime start = event.startsAt().atZone(ArenaEvent.OSLO);
        ZonedDateTime end = event.endsAt().atZone(ArenaEvent.OSLO);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.get("mail.date.pattern", locale), Messages.language(locale));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        String endText = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end) : day.format(end) + " " + time.format(end);
        return messages.get("mail.arena.when", locale, day.format(start), time.format(start), endText);
    }

    private static ArenaEvent withStatus(ArenaEvent e, EventStatus status) {
        return new ArenaEvent(e.id(), e.title(), e.description(), e.organiserRegionId(), e.audience(), e.audienceRegionId(), e.unitIds(),
                e.location(), e.videoUrl(), e.startsAt(), e.endsAt(), e.capacity(), e.registrationDeadline(), status, e.createdBy(),
                e.registered(), e.waiting(), e.calendarSequence());
    }
}
