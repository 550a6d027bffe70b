package no.rhf.servicemiljo.irf.ranking;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one documented way to turn the consensus into a strict order, used only where a strict order is
 * required (for example the final frozen list). Everywhere else ties stay visible as tiers.
 *
 * <p>Why this rule: the Schulze tier is the primary consensus; Borda is the most familiar secondary
 * measure and separates most Schulze ties; and the caller's fallback order (the regional ranking or the
 * order of submission) is decided before the vote, so the last step cannot be influenced by the ballots.
 * See {@link #RULE}.
 */
public final class TieBreak {

    /** The rule in words; it completes the sentence "ties are broken …". */
    public static final String RULE = "first by Schulze tier (better tier first), then by higher Borda score, "
            + "then by the fallback order agreed before the vote (regional ranking or submission order).";

    private TieBreak() {
    }

    /**
     * A strict order of all applications following {@link #RULE}.
     *
     * @param schulze       result of {@link SchulzeMethod}
     * @param borda         result of {@link BordaCount} for the same input
     * @param fallbackOrder every application, in the agreed fallback order (extra ids are ignored)
     * @throws IllegalArgumentException if the results are of the wrong method or do not cover the same
     *                                  applications, or the fallback order misses one
     */
    public static List<String> strictOrder(AggregationResult schulze, AggregationResult borda,
                                           List<String> fallbackOrder) {
        requireMethod(schulze, SchulzeMethod.ID);
        requireMethod(borda, BordaCount.ID);
        List<String> candidates = schulze.order();
        if (!new HashSet<>(candidates).equals(borda.scores().keySet())) {
            throw new IllegalArgumentException("The Schulze and Borda results cover different applications");
        }
        Map<String, Integer> fallback = new HashMap<>();
        for (int i = fallbackOrder.size() - 1; i >= 0; i--) {
            fallback.put(fallbackOrder.get(i), i);
        }
        for (String c : candidates) {
            if (!fallback.containsKey(c)) {
                throw new IllegalArgumentException("The fallback order does not contain application '%s'".formatted(c));
            }
        }
        Comparator<String> order = Comparator.<String>comparingInt(schulze::tierOf)
                .thenComparing(Comparator.comparingDouble((String c) -> bordaKey(borda, c)).reversed())
                .thenComparingInt(fallback::get);
        return candidates.stream().sorted(order).toList();
    }

    /** Borda score with "no score" (NaN) lowest. */
    private static double bordaKey(AggregationResult borda, String id) {
        double score = borda.scores().get(id);
        return Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
    }

    private static void requireMethod(AggregationResult result, String id) {
        if (!Objects.equals(result.methodId(), id)) {
            throw new IllegalArgumentException("Expected a %s result, got %s".formatted(id, result.methodId()));
        }
    }
}
