package no.rhf.servicemiljo.reminder;

import java.time.LocalDate;

/** A date of the annual cycle stored as data (table cycle_deadline): it changes from year to year. */
public record CycleDeadline(long id, String kind, String titleNb, String titleEn, LocalDate dueOn, Audience audience) {

    /** Who is reminded of it. */
    public enum Audience {
        REGIONAL_COORDINATORS, IRF_MEMBERS
    }

    /** What ADMIN typed when adding or changing one. */
    public record Draft(String kind, String titleNb, String titleEn, LocalDate dueOn, Audience audience) {
    }
}
