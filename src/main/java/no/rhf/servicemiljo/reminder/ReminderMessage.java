package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.base.mail.MailTemplates;
import no.rhf.servicemiljo.base.mail.MailTemplates.MailBody;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The text of a reminder in the recipient's language (bokmål, nynorsk or English): the subject from the bundle
 * {@code i18n/mail.properties}, the body from the templates {@code templates/mail/reminder.*} and
 * {@code templates/mail/digest.*} as plain text and HTML; and its iCalendar event (RFC 5545).
 */
@Component
class ReminderMessage {

    private final Messages messages;
    private final MailTemplates templates;

    ReminderMessage(Messages messages, MailTemplates templates) {
        this.messages = messages;
        this.templates = templates;
    }

    String subject(Deadline deadline, Deadline.Recipient to, int offsetDays) {
        return messages.get("mail.reminder.subject", to.locale(), deadline.title(to.locale()), when(offsetDays, to.locale()));
    }

    private String when(int offsetDays, String locale) {
        return offsetDays > 0 ? messages.get("mail.when.ahead", locale, offsetDays)
                : offsetDays == 0 ? messages.get("mail.when.today", locale)
                : messages.get("mail.when.overdue", locale, -offsetDays);
    }

    String date(LocalDate day, String locale) {
        return DateTimeFormatter.ofPattern(messages.get("mail.date.pattern", locale), Messages.language(locale)).format(day);
    }

    MailBody body(Deadline deadline, Deadline.Recipient to, int offsetDays, String baseUrl) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", subject(deadline, to, offsetDays));
        variables.put("name", to.fullName());
        variables.put("title", deadline.title(to.locale()));
        variables.put("date", date(deadline.dueOn(), to.locale()));
        variables.put("passed", offsetDays < 0);
        variables.put("link", deadline.link(baseUrl));
        return templates.render("reminder", Messages.language(to.locale()), variables);
    }

    /** One line of a weekly digest: the deadline, its date and how far away it is on the reminder's day. */
    record DigestItem(String title, LocalDate dueOn, int offsetDays, String link) {
    }

    /** A digest line as the templates show it: the date and the distance in the recipient's language. */
    record DigestLine(String title, String date, String when, String link) {
    }

    String digestSubject(String locale, LocalDate week, int count) {
        int weekNo = week.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return messages.get("mail.digest.subject", locale, weekNo, count);
    }

    MailBody digestBody(String fullName, String locale, java.util.List<DigestItem> items, String baseUrl, String subject) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", subject);
        variables.put("name", fullName);
        variables.put("items", items.stream()
                .map(i -> new DigestLine(i.title(), date(i.dueOn(), locale), when(i.offsetDays(), locale), i.link())).toList());
        variables.put("home", baseUrl.replaceAll("/+$", "") + "/my-deadlines");
        return templates.render("digest", Messages.language(locale), variables);
    }

    /** A calendar with one all-day event: the attachment of a single reminder. */
    static String ics(Deadline deadline, String locale, String baseUrl, Instant now) {
        return calendar(java.util.List.of(deadline), locale, baseUrl, now, null);
    }

    /**
     * A VCALENDAR with one all-day VEVENT per deadline (an e-mail attachment, a digest or a personal feed). The UID is
     * stable per deadline, so calendar programs update an event instead of duplicating it.
     */
    static String calendar(java.util.List<Deadline> deadlines, String locale, String baseUrl, Instant now, String name) {
        String stamp = ICalendar.utc(now);
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + ICalendar.PRODID);
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        if (name != null) {
            line(ics, "X-WR-CALNAME:" + escape(name));
            line(ics, "X-WR-TIMEZONE:Europe/Oslo");
        }
        for (Deadline deadline : deadlines) {
            vevent(ics, deadline, locale, baseUrl, stamp);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void vevent(StringBuilder ics, Deadline deadline, String locale, String baseUrl, String stamp) {
        LocalDate day = deadline.dueOn();
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + deadline.key() + "@servicemiljo");
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
        line(ics, "DTEND;VALUE=DATE:" + day.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE));
        line(ics, "SUMMARY:" + escape(deadline.title(locale)));
        line(ics, "URL:" + deadline.link(baseUrl));
        line(ics, "END:VEVENT");
    }

    static String escape(String text) {
        return ICalendar.escape(text);
    }

    /** Content lines are folded at 75 octets (UTF-8), continuation lines start with a space; CRLF ends each. */
    static void line(StringBuilder out, String content) {
        ICalendar.line(out, content);
    }
}
