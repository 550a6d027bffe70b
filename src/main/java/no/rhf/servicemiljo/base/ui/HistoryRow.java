package no.rhf.servicemiljo.base.ui;

import java.time.Instant;

/**
 * One line of a history, ready to show: when, who (a full name), what (a readable field name), before and after
 * (labels, not codes). {@code subject} (whom in a group the change concerns) and {@code typed} (what the author of a
 * co-edited text typed themselves) are optional; {@code restore}, when not null, puts the old value back.
 */
public record HistoryRow(Instant when, String who, String what, String before, String after, String subject, String typed,
                         Runnable restore) {

    public static HistoryRow of(Instant when, String who, String what, String before, String after) {
        return new HistoryRow(when, who, what, before, after, null, null, null);
    }

    public HistoryRow withSubject(String subject) {
        return new HistoryRow(when, who, what, before, after, subject, typed, restore);
    }

    public HistoryRow withTyped(String typed) {
        return new HistoryRow(when, who, what, before, after, subject, typed, restore);
    }

    public HistoryRow withRestore(Runnable restore) {
        return new HistoryRow(when, who, what, before, after, subject, typed, restore);
    }
}
