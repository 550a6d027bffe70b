package no.rhf.servicemiljo.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The text of a reminder in the recipient's language, and its iCalendar event (RFC 5545). */
final class ReminderMessage {

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("nb"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    private ReminderMessage() {
    }

    static String subject(Deadline deadline, Deadline.Recipient to, int offsetDays) {
        boolean en = "en".equals(to.locale());
        String when = offsetDays > 0 ? (en ? "in " + offsetDays + " days" : "om " + offsetDays + " dager")
                : offsetDays == 0 ? (en ? "today" : "i dag")
                : (en ? (-offsetDays) + " days overdue" : "forfalt for " + (-offsetDays) + " dager siden");
        return (en ? "Reminder: " : "Påminnelse: ") + deadline.title(to.locale()) + " – " + when;
    }

    static String body(Deadline deadline, Deadline.Recipient to, int offsetDays, String baseUrl) {
        boolean en = "en".equals(to.locale());
        String date = (en ? ENGLISH_DATE : NORWEGIAN_DATE).format(deadline.dueOn());
        return en
                ? "Dear " + to.fullName() + ",\n\nThis is a reminder of the deadline \"" + deadline.title("en") + "\" on " + date
                + (offsetDays < 0 ? ", which has passed." : ".") + "\n\nOpen Servicemiljø: " + baseUrl + "\n\n"
                + "The event is attached for your calendar.\n\n— Servicemiljø (the regional health authorities' service environment)\n"
                : "Hei " + to.fullName() + ",\n\nDette er en påminnelse om fristen «" + deadline.title("nb") + "» " + date
                + (offsetDays < 0 ? ", som er passert." : ".") + "\n\nÅpne Servicemiljø: " + baseUrl + "\n\n"
                + "Hendelsen er lagt ved, så du kan legge den i kalenderen din.\n\n— Servicemiljø (RHF-enes servicemiljø)\n";
    }

    /** One all-day VEVENT; the UID is stable per deadline, so calendar programs update instead of duplicating. */
    static String ics(Deadline deadline, String locale, String baseUrl, Instant now) {
        LocalDate day = deadline.dueOn();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(now.atOffset(ZoneOffset.UTC));
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//RHF-enes servicemiljø//Servicemiljø//NO");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + deadline.key() + "@servicemiljo");
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "DTSTART;VALUE=DATE:" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
        line(ics, "DTEND;VALUE=DATE:" + day.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE));
        line(ics, "SUMMARY:" + escape(deadline.title(locale)));
        line(ics, "URL:" + baseUrl);
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Content lines are folded at 75 octets (UTF-8), continuation lines start with a space; CRLF ends each. */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            out.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        out.append(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
    }
}
