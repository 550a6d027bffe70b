package no.rhf.servicemiljo.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline someone must be reminded of. {@code key} is stable for the same deadline (it is part of
 * every reminder's de-duplication key and the calendar event's UID); {@code kind} selects the reminder rule;
 * {@code recipients} are the people who still have something to do — a source leaves out whoever is already done;
 * {@code path} is where in the app to act on it (for example {@code reports/12}), empty for the start page.
 */
public record Deadline(String key, String kind, String titleNb, String titleEn, LocalDate dueOn, List<Recipient> recipients,
                       String path) {

    public Deadline(String key, String kind, String titleNb, String titleEn, LocalDate dueOn, List<Recipient> recipients) {
        this(key, kind, titleNb, titleEn, dueOn, recipients, "");
    }

    /** The address to act on the deadline: {@code baseUrl} and the deadline's path. */
    public String link(String baseUrl) {
        return path == null || path.isEmpty() ? baseUrl : baseUrl.replaceAll("/+$", "") + "/" + path;
    }

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
