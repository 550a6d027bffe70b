package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The Schulze method, the default aggregation.
 *
 * <p>Why the default: it elects the Condorcet winner whenever there is one, it is robust to
 * near-duplicate applications ("clones") splitting support, and it still produces a ranking when the
 * majority preferences form a cycle. It works on the {@link PairwiseMatrix} {@code d}:
 * <ol>
 *   <li>a direct link {@code a→b} has strength {@code d[a][b]} if {@code d[a][b] > d[b][a]}, else 0
 *       (winning votes);</li>
 *   <li>the strength of a path is its weakest link; {@code p[a][b]} is the strength of the strongest
 *       path from {@code a} to {@code b} (widest path, a Floyd–Warshall variant, O(n³));</li>
 *   <li>{@code a} is ranked above {@code b} if {@code p[a][b] > p[b][a]}. Schulze proved this relation
 *       is transitive, but it can leave pairs undecided, so the tiers are built in layers: each tier
 *       holds the remaining applications that no remaining application beats.</li>
 * </ol>
 * Score: the number of applications it beats by strongest path.
 */
public final class SchulzeMethod implements AggregationMethod {

    public static final String ID = "schulze";

    public static final String DESCRIPTION = "Schulze method: an application A is ranked above B when the "
            + "strongest chain of head-to-head majority wins from A to B is stronger than the strongest chain from B "
            + "to A (a chain is as strong as its weakest win, counted in ballots). Applications that neither beats "
            + "the other this way share a tier. Score: the number of applications it beats this way.";

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
        PairwiseMatrix d = profile.matrix();
        int[][] p = strongestPaths(d);
        int n = d.size();
        List<String> candidates = profile.candidates();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int a = 0; a < n; a++) {
            int wins = 0;
            for (int b = 0; b < n; b++) {
                if (p[a][b] > p[b][a]) {
                    wins++;
                }
            }
            scores.put(candidates.get(a), (double) wins);
        }
        List<Set<String>> tiers = new ArrayList<>();
        boolean[] placed = new boolean[n];
        for (int done = 0; done < n; ) {
            List<Integer> layer = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (!placed[a] && !beatenByRemaining(a, p, placed)) {
                    layer.add(a);
                }
            }
            if (layer.isEmpty()) { // impossible: the Schulze relation is transitive, so it has maximal elements
                throw new IllegalStateException("Schulze relation is not acyclic");
            }
            layer.forEach(a -> placed[a] = true);
            done += layer.size();
            tiers.add(Tiers.tier(layer.stream().map(candidates::get).toList()));
        }
        return AggregationResult.of(ID, profile, tiers, scores, OptionalDouble.empty(), true,
                CycleDetector.warnings(d));
    }

    /**
     * The strongest-path matrix {@code p} described in the class comment; {@code p[a][a] = 0}.
     */
    public static int[][] strongestPaths(PairwiseMatrix d) {
        int n = d.size();
        int[][] p = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                p[a][b] = d.beats(a, b) ? d.get(a, b) : 0;
            }
        }
        for (int via = 0; via < n; via++) {
            for (int a = 0; a < n; a++) {
                if (a == via || p[a][via] == 0) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    if (b != a && b != via) {
                        p[a][b] = Math.max(p[a][b], Math.min(p[a][via], p[via][b]));
                    }
                }
            }
        }
        return p;
    }

    private static boolean beatenByRemaining(int a, int[][] p, boolean[] placed) {
        for (int b = 0; b < p.length; b++) {
            if (!placed[b] && p[b][a] > p[a][b]) {
                return true;
            }
        }
        return false;
    }
}
