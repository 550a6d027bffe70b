package no.rhf.servicemiljo.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One overdue task for the dashboard: what (in both languages), when it was due, the regions it belongs to (empty:
 * national), who is responsible for acting (full names; empty when nobody with an account is) and where to act.
 */
public record OverdueItem(String key, String kind, String titleNb, String titleEn, LocalDate dueOn, Set<Short> regionIds,
                          List<String> responsible, String path) {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNb;
    }
}
