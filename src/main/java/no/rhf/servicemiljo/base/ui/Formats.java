package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How values look in the UI: Norwegian dates (24.11.2026), times in Europe/Oslo, enums through
 * the message key {@code SimpleClassName.CONSTANT}, booleans as yes/no, and "–" for nothing.
 */
public final class Formats {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    public static final String NOTHING = "–";

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? NOTHING : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? NOTHING : DATE_TIME.format(instant.atZone(OSLO));
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
