package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Kemeny–Young: the strict ranking that agrees with as many individual ballot preferences as possible.
 *
 * <p>The Kemeny score of a ranking is the sum of {@code d[a][b]} over all pairs with {@code a} ranked
 * above {@code b}; the method returns a ranking with maximal score. Why it is offered: it is the
 * "least disagreement" consensus, and it is the natural answer when the meeting asks for one strict list
 * that respects the pairwise majorities as far as possible.
 *
 * <p>Finding it is NP-hard in general, but the rounds are small (about 30 applications, 12 ballots) and most of
 * their majorities are clear, so it is solved exactly by {@link KemenyExact}: the applications are split into the
 * strongly connected components of the weak majority graph (a chain; every optimal order respects it), components of
 * up to {@value KemenyExact#DP_LIMIT} by dynamic programming over subsets, larger ones by branch and bound. It is
 * exact whenever no component has more than {@link #MAX_EXACT} (30) members and the search finishes within its node
 * budget; otherwise the result is a local search starting from the Borda order, repeatedly moving one application to
 * the position that improves the score most (this includes all adjacent swaps) until no move helps, flagged
 * {@code exact=false} with a {@link Warning.Code#KEMENY_HEURISTIC} or {@link Warning.Code#KEMENY_NOT_PROVEN} warning.
 * {@link AggregationResult#exact()} therefore means "proven optimal".
 *
 * <p>When several rankings are optimal, the exact search returns the first of them in the caller's
 * candidate order (lexicographically) and adds {@link Warning.Code#KEMENY_NOT_UNIQUE} with their number.
 *
 * <p>Score per application: the ballot preferences it receives over the applications ranked below it;
 * the scores add up to the Kemeny score, which is also the result's {@code objective}.
 */
public final class KemenyYoung implements AggregationMethod {

    public static final String ID = "kemeny-young";

    /** Largest group of applications in one majority cycle (component, see {@link KemenyExact}) solved exactly. */
    public static final int MAX_EXACT = 30;

    public static final String DESCRIPTION = "Kemeny–Young: the single strict ranking that agrees with the largest "
            + "number of individual ballot preferences (Kemeny score = the sum, over every pair ranked A above B, "
            + "of the ballots preferring A to B). Proven optimal (exact search) unless a group of more than 30 "
            + "applications in one majority cycle makes the search too large; then an approximation by local search from the Borda order. Score: the preferences an application receives over those "
            + "ranked below it (they add up to the Kemeny score).";

    private final int exactLimit;

    public KemenyYoung() {
        this(MAX_EXACT);
    }

    /** @param exactLimit solve exactly when no majority-cycle group (component) has more members (0–{@value #MAX_EXACT}) */
    public KemenyYoung(int exactLimit) {
        if (exactLimit < 0 || exactLimit > MAX_EXACT) {
            throw new IllegalArgumentException("exactLimit must be between 0 and " + MAX_EXACT);
        }
        this.exactLimit = exactLimit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public AggregationResult aggregate(Profile profile) {
        List<String> names = new ArrayList<>(profile.candidates());
        names.removeAll(profile.unassessed()); // they carry no preferences and would only multiply the optima
        int m = names.size();
        int[][] w = new int[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                w[a][b] = profile.matrix().get(names.get(a), names.get(b));
            }
        }
        List<Warning> warnings = new ArrayList<>(CycleDetector.warnings(profile.matrix()));
        int largest = KemenyExact.components(w).stream().mapToInt(c -> c.length).max().orElse(0);
        boolean exact = largest <= exactLimit;
        int[] order;
        if (exact) {
            KemenyExact.Solution optimum = KemenyExact.solve(w);
            order = optimum.order();
            exact = optimum.proven();
            if (!exact) {
                warnings.add(Warning.of(Warning.Code.KEMENY_NOT_PROVEN, List.of()));
            } else if (optimum.count() > 1) {
                warnings.add(Warning.of(Warning.Code.KEMENY_NOT_UNIQUE, List.of(), optimum.count()));
            } else if (optimum.count() == 0 && neighboursTied(w, order)) {
                warnings.add(Warning.of(Warning.Code.KEMENY_NOT_UNIQUE_UNCOUNTED, List.of()));
            }
        } else {
            order = localSearch(w, bordaStart(profile, names));
            warnings.add(Warning.of(Warning.Code.KEMENY_HEURISTIC, List.of(), exactLimit, largest));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        profile.candidates().forEach(c -> scores.put(c, 0.0));
        List<Set<String>> tiers = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < m; i++) {
            long received = 0;
            for (int j = i + 1; j < m; j++) {
                received += w[order[i]][order[j]];
            }
            total += received;
            scores.put(names.get(order[i]), (double) received);
            tiers.add(Set.of(names.get(order[i])));
        }
        return AggregationResult.of(ID, profile, tiers, scores, OptionalDouble.of(total), exact, warnings);
    }

    /** Two neighbours tied head to head can be swapped without changing the score: then the optimum is not unique. */
    private static boolean neighboursTied(int[][] w, int[] order) {
        for (int i = 0; i + 1 < order.length; i++) {
            if (w[order[i]][order[i + 1]] == w[order[i + 1]][order[i]]) {
                return true;
            }
        }
        return false;
    }

    private static int[] bordaStart(Profile profile, List<String> names) {
        Map<String, Integer> local = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            local.put(names.get(i), i);
        }
        return new BordaCount().aggregate(profile).order().stream()
                .filter(local::containsKey).mapToInt(local::get).toArray();
    }

    /** Insertion local search: move one application to its best position while that improves the score. */
    static int[] localSearch(int[][] w, int[] start) {
        int[] order = start.clone();
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < order.length; i++) {
                int x = order[i];
                int bestGain = 0;
                int target = i;
                int gain = 0;
                for (int j = i - 1; j >= 0; j--) { // x jumps above order[j..i-1]
                    gain += w[x][order[j]] - w[order[j]][x];
                    if (gain > bestGain) {
                        bestGain = gain;
                        target = j;
                    }
                }
                gain = 0;
                for (int j = i + 1; j < order.length; j++) { // x drops below order[i+1..j]
                    gain += w[order[j]][x] - w[x][order[j]];
                    if (gain > bestGain) {
                        bestGain = gain;
                        target = j;
                    }
                }
                if (target < i) {
                    System.arraycopy(order, target, order, target + 1, i - target);
                } else if (target > i) {
                    System.arraycopy(order, i + 1, order, i, target - i);
                }
                order[target] = x;
                improved |= target != i;
            }
        }
        return order;
    }
}
