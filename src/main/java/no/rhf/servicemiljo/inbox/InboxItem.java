package no.rhf.servicemiljo.inbox;

import java.time.LocalDate;

/**
 * One thing waiting for the signed-in user: what kind of task, its text, when it is due, where to act
 * (a route, e.g. {@code reports/12}) and the deadline it comes from ({@code deadlineKey}).
 */
public record InboxItem(Category category, String deadlineKey, String titleNb, String titleEn, LocalDate dueOn, String path,
                        boolean overdue) {

    /** The kinds of task, in the order the inbox groups them when due on the same day. */
    public enum Category {
        APPROVE, ASSESS, FOLLOW_UP, BALLOT, REPORT, HANDOVER, DEADLINE
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNb;
    }
}
