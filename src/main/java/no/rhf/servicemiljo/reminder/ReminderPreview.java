package no.rhf.servicemiljo.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user would get for a deadline: the exact subject and body in their language for the next reminder day (or,
 * when none is left, for the day itself), and why they would or would not get it.
 */
public record ReminderPreview(String subject, String body, String locale, LocalDate nextReminderOn, Integer offsetDays,
                              boolean wouldReceive, ReminderDelivery delivery, ReminderRule rule, List<Reason> reasons,
                              List<Integer> alreadySentOffsets, String link) {

    /** Why (not): each has a message key {@code reminder.preview.reason.<NAME>}. */
    public enum Reason {
        NOT_A_RECIPIENT, RULE_DISABLED, OPTED_OUT, MANDATORY, NO_REMINDER_DAYS_LEFT, WEEKLY_DIGEST, WILL_BE_SENT
    }
}
