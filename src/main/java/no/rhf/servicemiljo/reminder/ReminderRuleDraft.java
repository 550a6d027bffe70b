package no.rhf.servicemiljo.reminder;

/** A rule as ADMIN typed it, validated by {@link ReminderRuleService#save}. */
public record ReminderRuleDraft(String offsets, Integer overdueEveryDays, Integer overdueUntilDays, boolean mandatory,
                                boolean enabled) {
}
