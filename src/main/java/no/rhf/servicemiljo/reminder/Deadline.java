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

    /**
     * The address to act on the deadline: {@code baseUrl} and the deadline's path, or, for a deadline without one (the
     * annual cycle's dates), the page where its kind is acted on ({@link #placeOf(String)}).
     */
    public String link(String baseUrl) {
        String where = path == null || path.isEmpty() ? placeOf(kind) : path;
        return baseUrl.replaceAll("/+$", "") + "/" + where;
    }

    /** Where a kind of deadline without its own path is acted on: the national summary, the IRF pages, or My deadlines. */
    static String placeOf(String kind) {
        return switch (kind == null ? "" : kind) {
            case "DIRECTORATE_FEEDBACK" -> "reports/summary";
            case "APPLICATIONS_DUE", "MINISTRY_DUE" -> "irf/applications";
            case "IRF_MEETING" -> "irf/ranking";
            default -> "my-deadlines";
        };
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
