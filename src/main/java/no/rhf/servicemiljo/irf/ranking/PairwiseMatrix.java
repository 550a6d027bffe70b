package no.rhf.servicemiljo.irf.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairwise preference matrix {@code d}: {@code d[a][b]} is the number of ballots that strictly
 * prefer application {@code a} to {@code b}.
 *
 * <p>Ties on a ballot (same tier, or both unranked) count for neither side, and a ballot that
 * excludes {@code a} or {@code b} counts for neither side either, so {@code d[a][b] + d[b][a]} can be
 * smaller than the number of ballots. Indices follow the caller's candidate order.
 */
public final class PairwiseMatrix {

    private final List<String> candidates;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] d;

    PairwiseMatrix(List<String> candidates, int[][] d) {
        this.candidates = candidates;
        this.d = d;
        for (int i = 0; i < candidates.size(); i++) {
            index.put(candidates.get(i), i);
        }
    }

    /** Builds the matrix for the given input (validating it like {@link Profile#of}). */
    public static PairwiseMatrix of(List<String> candidates, List<Ballot> ballots) {
        return Profile.of(candidates, ballots).matrix();
    }

    public List<String> candidates() {
        return candidates;
    }

    public int size() {
        return candidates.size();
    }

    /** Index of an application in {@link #candidates()}. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("Unknown application '%s'".formatted(id));
        }
        return i;
    }

    /** Number of ballots strictly preferring candidate {@code a} to candidate {@code b}. */
    public int get(int a, int b) {
        return d[a][b];
    }

    public int get(String a, String b) {
        return d[indexOf(a)][indexOf(b)];
    }

    /** True if a strict majority of the ballots expressing a preference puts {@code a} above {@code b}. */
    public boolean beats(int a, int b) {
        return d[a][b] > d[b][a];
    }

    /** A copy of the raw counts. */
    public int[][] toArray() {
        int[][] copy = new int[d.length][];
        for (int i = 0; i < d.length; i++) {
            copy[i] = d[i].clone();
        }
        return copy;
    }
}
