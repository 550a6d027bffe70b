package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How values look in the UI: dates in the short form of the screen's language (24.11.2026 in bokmål
 * and nynorsk, 24/11/2026 in English — British order, never the American month first), 24-hour times
 * in Europe/Oslo, enums through the message key {@code SimpleClassName.CONSTANT}, booleans as yes/no,
 * and "–" for nothing.
 */
public final class Formats {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final String NOTHING = "–";

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? NOTHING : dateFormat().format(date);
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return NOTHING;
        }
        ZonedDateTime inOslo = instant.atZone(OSLO);
        return dateFormat().format(inOslo) + " " + TIME.format(inOslo);
    }

    private static DateTimeFormatter dateFormat() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null || ui.getLocale() == null ? NORWEGIAN : ui.getLocale();
        Locale dateLocale = "en".equals(locale.getLanguage()) ? Locale.UK : locale.getCountry().isEmpty() ? Locale.of(locale.getLanguage(), "NO") : locale;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(dateLocale);
    }

    public static String enumLabel(Enum<?> value) {
        return value == null ? NOTHING : UI.getCurrent().getTranslation(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static String value(Object value) {
        return switch (value) {
            case null -> NOTHING;
            case Enum<?> e -> enumLabel(e);
            case LocalDate d -> date(d);
            case Instant i -> dateTime(i);
            case Boolean b -> UI.getCurrent().getTranslation(b ? "common.yes" : "common.no");
            default -> value.toString().isBlank() ? NOTHING : value.toString();
        };
    }

    /** What the author of a co-edited text change added and removed themselves ("" for a whole value). */
    public static String typed(com.vaadin.flow.component.Component in, String inserted, String removed) {
        String added = inserted == null || inserted.isEmpty() ? "" : in.getTranslation("history.added", inserted);
        String taken = removed == null || removed.isEmpty() ? "" : in.getTranslation("history.removed", removed);
        return (added + " " + taken).trim();
    }
}
