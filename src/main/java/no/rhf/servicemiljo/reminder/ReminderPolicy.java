package no.rhf.servicemiljo.reminder;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything planning needs to decide who gets which reminder on which day, loaded once per run (a fixed number of
 * statements whatever the number of deadlines): the rules per kind, the default offsets for kinds without a rule,
 * who wants a weekly digest and who opted out of what.
 */
final class ReminderPolicy {

    private final Map<String, ReminderRule> rules;
    private final List<Integer> defaultOffsets;
    private final Set<Long> weeklyUsers;
    private final Map<Long, Set<String>> optOuts;

    ReminderPolicy(Map<String, ReminderRule> rules, List<Integer> defaultOffsets, Set<Long> weeklyUsers,
                   Map<Long, Set<String>> optOuts) {
        this.rules = rules;
        this.defaultOffsets = defaultOffsets;
        this.weeklyUsers = weeklyUsers;
        this.optOuts = optOuts;
    }

    ReminderRule rule(String kind) {
        ReminderRule rule = rules.get(kind);
        return rule != null ? rule : ReminderRule.fallback(kind, defaultOffsets);
    }

    /** A mandatory kind reaches everyone, whatever they opted out of earlier (a kind may have become mandatory). */
    boolean optedOut(long userId, String kind) {
        return !rule(kind).mandatory() && optOuts.getOrDefault(userId, Set.of()).contains(kind);
    }

    boolean weekly(long userId) {
        return weeklyUsers.contains(userId);
    }

    /** The widest reminder window over all rules, for the range of deadlines planning must look at. */
    int maxOffset() {
        return all().mapToInt(Integer::intValue).max().orElse(0);
    }

    int minOffset() {
        return all().mapToInt(Integer::intValue).min().orElse(0);
    }

    private java.util.stream.Stream<Integer> all() {
        return java.util.stream.Stream.concat(defaultOffsets.stream(),
                rules.values().stream().filter(ReminderRule::enabled).flatMap(r -> r.effectiveOffsets().stream()));
    }
}
