package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.base.FieldValidationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When reminders for one kind of deadline go out: {@code offsets} are days before the deadline (0 = on the day,
 * negative = after it), plus optionally a reminder every {@code overdueEveryDays} days while overdue, up to
 * {@code overdueUntilDays}. A mandatory kind cannot be opted out of; a disabled kind sends nothing (its deadlines
 * still show in calendars).
 */
public record ReminderRule(String kind, List<Integer> offsets, Integer overdueEveryDays, Integer overdueUntilDays,
                           boolean mandatory, boolean enabled) {

    public static final int MIN_OFFSET = -60;
    public static final int MAX_OFFSET = 120;
    public static final int MAX_OVERDUE_DAYS = 60;

    public ReminderRule {
        offsets = List.copyOf(offsets);
    }

    /** The rule of a kind nobody wrote a rule for: the configured default offsets, optional, enabled. */
    static ReminderRule fallback(String kind, List<Integer> defaultOffsets) {
        return new ReminderRule(kind, defaultOffsets, null, null, false, true);
    }

    /** Every day (as an offset) a reminder goes out on, earliest first, without repeats. */
    public List<Integer> effectiveOffsets() {
        Set<Integer> all = new LinkedHashSet<>(offsets);
        if (overdueEveryDays != null && overdueUntilDays != null && overdueEveryDays > 0) {
            for (int days = overdueEveryDays; days <= overdueUntilDays; days += overdueEveryDays) {
                all.add(-days);
            }
        }
        List<Integer> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.reverseOrder());
        return sorted;
    }

    public String offsetsText() {
        return offsets.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Reads "14, 3, 0, -7": whole days between {@value #MIN_OFFSET} and {@value #MAX_OFFSET}, comma-separated,
     * each once. Blank means none. Throws a field error on {@code offsets} otherwise.
     */
    public static List<Integer> parseOffsets(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Integer> result = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String value = part.strip();
            if (!value.matches("[-+−]?\\d{1,4}")) {
                throw new FieldValidationException("offsets", "reminder.rule.error.offsets", String.valueOf(MIN_OFFSET), String.valueOf(MAX_OFFSET));
            }
            int offset = Integer.parseInt(value.replace('−', '-'));
            if (offset < MIN_OFFSET || offset > MAX_OFFSET) {
                throw new FieldValidationException("offsets", "reminder.rule.error.offsets", String.valueOf(MIN_OFFSET), String.valueOf(MAX_OFFSET));
            }
            if (result.contains(offset)) {
                throw new FieldValidationException("offsets", "reminder.rule.error.offsets-duplicate", String.valueOf(offset));
            }
            result.add(offset);
        }
        return result;
    }
}
