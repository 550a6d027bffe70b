package no.rhf.servicemiljo.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The pieces of RFC 5545 (iCalendar) text every calendar of the app is written with: content lines folded at 75 octets
 * (UTF-8, never inside a character) and ended with CRLF, escaped text values, and UTC date-times. The reminders' .ics
 * attachments and feeds use it, and so do other features' events (the dialogue arenas).
 */
public final class ICalendar {

    public static final String PRODID = "-//RHF-enes servicemiljø//Servicemiljø//NO";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** A DATE-TIME in UTC, for example {@code 20400915T080000Z}. */
    public static String utc(Instant instant) {
        return UTC.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Content lines are folded at 75 octets (UTF-8), continuation lines start with a space; CRLF ends each. */
    public static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
