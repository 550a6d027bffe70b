package no.rhf.servicemiljo.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline someone must be reminded of. {@code key} is stable for the same deadline (it is part of
 * every reminder's de-duplication key and the calendar event's UID); {@code kind} selects the reminder rule;
 * {@code recipients} are the people who still have something to do — a source leaves out whoever is already done.
 */
public record Deadline(String key, String kind, String titleNb, String titleEn, LocalDate dueOn, List<Recipient> recipients) {

    public record Recipient(long userId, String fullName, String email, String locale) {

        public static Recipient of(no.rhf.servicemiljo.user.AppUser user) {
            return new Recipient(user.getId(), user.getFullName(), user.getEmail(), user.getLocale());
        }
    }

    public String title(String locale) {
        return "en".equals(locale) ? titleEn : titleNb;
    }

    public boolean hasRecipient(long userId) {
        return recipients.stream().anyMatch(r -> r.userId() == userId);
    }
}
