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
        return (en ? "Reminder: " : "Påminnelse: ") + deadline.title(to.locale()) + " – " + when(offsetDays, en);
    }

    private static String when(int offsetDays, boolean en) {
        return offsetDays > 0 ? (en ? "in " + offsetDays + " days" : "om " + offsetDays + " dager")
                : offsetDays == 0 ? (en ? "today" : "i dag")
                : (en ? (-offsetDays) + " days overdue" : "forfalt for " + (-offsetDays) + " dager siden");
    }

    static String date(LocalDate day, String locale) {
        return ("en".equals(locale) ? ENGLISH_DATE : NORWEGIAN_DATE).format(day);
    }

    static String body(Deadline deadline, Deadline.Recipient to, int offsetDays, String baseUrl) {
        boolean en = "en".equals(to.locale());
        String date = date(deadline.dueOn(), to.locale());
        return en
                ? "Dear " + to.fullName() + ",\n\nThis is a reminder of the deadline \"" + deadline.title("en") + "\" on " + date
                + (offsetDays < 0 ? ", which has passed." : ".") + "\n\nOpen Servicemiljø: " + deadline.link(baseUrl) + "\n\n"
                + "The event is attached for your calendar.\n\n— Servicemiljø (the regional health authorities' service environment)\n"
                : "Hei " + to.fullName() + ",\n\nDette er en påminnelse om fristen «" + deadline.title("nb") + "» " + date
                + (offsetDays < 0 ? ", som er passert." : ".") + "\n\nÅpne Servicemiljø: " + deadline.link(baseUrl) + "\n\n"
                + "Hendelsen er lagt ved, så du kan legge den i kalenderen din.\n\n— Servicemiljø (RHF-enes servicemiljø)\n";
    }

    /** One line of a weekly digest: the deadline, its date and how far away it is on the reminder's day. */
    record DigestItem(String title, LocalDate dueOn, int offsetDays, String link) {
    }

    static String digestSubject(String locale, LocalDate week, int count) {
        boolean en = "en".equals(locale);
        int weekNo = week.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return en ? "Weekly summary of your deadlines (week " + weekNo + "): " + count + (count == 1 ? " reminder" : " reminders")
                : "Ukentlig sammendrag av fristene dine (uke " + weekNo + "): " + count + (count == 1 ? " påminnelse" : " påminnelser");
    }

    static String digestBody(String fullName, String locale, java.util.List<DigestItem> items, String baseUrl) {
        boolean en = "en".equals(locale);
        StringBuilder body = new StringBuilder(en ? "Dear " + fullName + ",\n\nThese are your reminders for this week:\n\n"
                : "Hei " + fullName + ",\n\nDette er påminnelsene dine for denne uken:\n\n");
        for (DigestItem item : items) {
            body.append("• ").append(date(item.dueOn(), locale)).append(": ").append(item.title())
                    .append(" (").append(when(item.offsetDays(), en)).append(")\n");
            if (item.link() != null) {
                body.append("  ").append(item.link()).append("\n");
            }
        }
        body.append(en ? "\nOpen Servicemiljø: " : "\nÅpne Servicemiljø: ").append(baseUrl.replaceAll("/+$", "")).append("/my-deadlines\n\n");
        body.append(en ? "The deadlines are attached for your calendar. You chose a weekly summary; change it under My deadlines.\n\n"
                + "— Servicemiljø (the regional health authorities' service environment)\n"
                : "Fristene er lagt ved, så du kan legge dem i kalenderen din. Du har valgt ukentlig sammendrag; "
                + "du kan endre det under Mine frister.\n\n— Servicemiljø (RHF-enes servicemiljø)\n");
        return body.toString();
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
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(now.atOffset(ZoneOffset.UTC));
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//RHF-enes servicemiljø//Servicemiljø//NO");
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
