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
 * <p>Finding it is NP-hard in general. Up to {@link #MAX_EXACT} (20) assessed applications it is solved
 * exactly by dynamic programming over subsets: {@code best(S)} is the best score for ordering the set
 * {@code S} among themselves, choosing which member of {@code S} goes first. That is 2ⁿ·n steps; the
 * sum "d[c][b] over b in S" is read from per-byte lookup tables, so 20 applications take well under a
 * second (a 20-application table needs about 12 MB). Above the limit the result is a local search
 * starting from the Borda order, repeatedly moving one application to the position that improves the
 * score most (this includes all adjacent swaps) until no move helps; the result is then flagged
 * {@code exact=false} with a {@link Warning.Code#KEMENY_HEURISTIC} warning.
 *
 * <p>When several rankings are optimal, the exact search returns the first of them in the caller's
 * candidate order (lexicographically) and adds {@link Warning.Code#KEMENY_NOT_UNIQUE} with their number.
 *
 * <p>Score per application: the ballot preferences it receives over the applications ranked below it;
 * the scores add up to the Kemeny score, which is also the result's {@code objective}.
 */
public final class KemenyYoung implements AggregationMethod {

    public static final String ID = "kemeny-young";

    /** Largest number of assessed applications solved exactly. */
    public static final int MAX_EXACT = 20;

    public static final String DESCRIPTION = "Kemeny–Young: the single strict ranking that agrees with the largest "
            + "number of individual ballot preferences (Kemeny score = the sum, over every pair ranked A above B, "
            + "of the ballots preferring A to B). Exact up to 20 applications; above that an approximation by "
            + "local search from the Borda order. Score: the preferences an application receives over those "
            + "ranked below it (they add up to the Kemeny score).";

    private final int exactLimit;

    public KemenyYoung() {
        this(MAX_EXACT);
    }

    /** @param exactLimit solve exactly up to this many applications (0–{@value #MAX_EXACT}) */
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
        boolean exact = m <= exactLimit;
        int[] order;
        if (exact) {
            Optimum optimum = exactOptimum(w);
            order = optimum.order();
            if (optimum.count() > 1) {
                warnings.add(Warning.of(Warning.Code.KEMENY_NOT_UNIQUE, List.of(), optimum.count()));
            }
        } else {
            order = localSearch(w, bordaStart(profile, names));
            warnings.add(Warning.of(Warning.Code.KEMENY_HEURISTIC, List.of(), exactLimit, m));
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

    private record Optimum(int[] order, long count) {
    }

    /** Subset DP; see the class comment. {@code w} has at most {@value #MAX_EXACT} rows. */
    private static Optimum exactOptimum(int[][] w) {
        int m = w.length;
        int[][][] rowSums = rowSumTables(w);
        int full = (1 << m) - 1;
        int[] best = new int[full + 1];
        long[] count = new long[full + 1]; // at most 20! < 2^63 optimal orders, no overflow
        count[0] = 1;
        for (int set = 1; set <= full; set++) {
            int max = Integer.MIN_VALUE;
            long ways = 0;
            for (int rest = set; rest != 0; rest &= rest - 1) {
                int c = Integer.numberOfTrailingZeros(rest);
                int value = rowSum(rowSums, c, set) + best[set ^ (1 << c)];
                if (value > max) {
                    max = value;
                    ways = 0;
                }
                if (value == max) {
                    ways += count[set ^ (1 << c)];
                }
            }
            best[set] = max;
            count[set] = ways;
        }
        int[] order = new int[m];
        for (int i = 0, set = full; set != 0; i++) {
            int c = 0;
            while ((set & (1 << c)) == 0 || rowSum(rowSums, c, set) + best[set ^ (1 << c)] != best[set]) {
                c++;
            }
            order[i] = c;
            set ^= 1 << c;
        }
        return new Optimum(order, count[full]);
    }

    /** {@code tables[k][bits][c]} = sum of {@code w[c][b]} over the members b of byte k of a set. */
    private static int[][][] rowSumTables(int[][] w) {
        int m = w.length;
        int[][][] tables = new int[(m + 7) / 8][256][m];
        for (int k = 0; k < tables.length; k++) {
            for (int bits = 1; bits < 256; bits++) {
                int b = 8 * k + Integer.numberOfTrailingZeros(bits);
                for (int c = 0; c < m; c++) {
                    tables[k][bits][c] = tables[k][bits & (bits - 1)][c] + (b < m ? w[c][b] : 0);
                }
            }
        }
        return tables;
    }

    /** Sum of {@code w[c][b]} over {@code b} in {@code set} ({@code w[c][c]} is 0). */
    private static int rowSum(int[][][] tables, int c, int set) {
        int sum = 0;
        for (int k = 0; k < tables.length; k++) {
            sum += tables[k][(set >>> (8 * k)) & 0xFF][c];
        }
        return sum;
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
    private static int[] localSearch(int[][] w, int[] start) {
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
