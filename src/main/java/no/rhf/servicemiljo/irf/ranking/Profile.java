package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated preference profile: the candidate applications in the caller's stable order and the
 * ballots, with every ballot already turned into {@link Ballot#positions(List) positions} and the
 * {@link PairwiseMatrix} built once.
 *
 * <p>Building the profile once lets {@link RankingAggregator} run all methods on the same numbers and
 * means validation errors surface before any method runs.
 */
public final class Profile {

    private final List<String> candidates;
    private final List<Ballot> ballots;
    private final double[][] positions;
    private final PairwiseMatrix matrix;
    private final List<String> unassessed;

    private Profile(List<String> candidates, List<Ballot> ballots) {
        this.candidates = List.copyOf(candidates);
        this.ballots = List.copyOf(ballots);
        this.positions = new double[ballots.size()][];
        for (int b = 0; b < ballots.size(); b++) {
            positions[b] = ballots.get(b).positions(this.candidates);
        }
        this.matrix = new PairwiseMatrix(this.candidates, countPreferences());
        List<String> notAssessed = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (scoredBy(c) == 0) {
                notAssessed.add(candidates.get(c));
            }
        }
        this.unassessed = List.copyOf(notAssessed);
    }

    /**
     * Validates and prepares the input.
     *
     * @param candidates all applications on the agenda, in a stable order (used for indexing and for
     *                   deterministic output); ids must be unique, not blank and without surrounding spaces
     * @param ballots    one ballot per voter (voter ids must be unique)
     * @throws IllegalArgumentException on duplicate candidates or voters, or a ballot naming an unknown id
     */
    public static Profile of(List<String> candidates, List<Ballot> ballots) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(ballots, "ballots");
        Set<String> seen = new HashSet<>();
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException("The candidate list contains a blank application id");
            }
            if (!c.equals(c.strip())) {
                throw new IllegalArgumentException("Application id '%s' has surrounding spaces".formatted(c));
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("Application '%s' is listed more than once".formatted(c));
            }
        }
        Set<String> voters = new HashSet<>();
        for (Ballot b : ballots) {
            if (!voters.add(Objects.requireNonNull(b, "ballot").voterId())) {
                throw new IllegalArgumentException("Voter '%s' has more than one ballot".formatted(b.voterId()));
            }
        }
        return new Profile(candidates, ballots);
    }

    public List<String> candidates() {
        return candidates;
    }

    public List<Ballot> ballots() {
        return ballots;
    }

    public PairwiseMatrix matrix() {
        return matrix;
    }

    /**
     * Applications that no ballot assesses (excluded on every ballot, or there are no ballots). They
     * carry no information, so every method places them in a last tier with a
     * {@link Warning.Code#NOT_ASSESSED} warning instead of letting them float to an arbitrary place.
     */
    public List<String> unassessed() {
        return unassessed;
    }

    int size() {
        return candidates.size();
    }

    /** Position of candidate {@code c} on ballot {@code b} (1 = best), NaN if excluded there. */
    double position(int b, int c) {
        return positions[b][c];
    }

    /** Number of ballots that assess (do not exclude) candidate {@code c}. */
    int scoredBy(int c) {
        int n = 0;
        for (double[] p : positions) {
            if (!Double.isNaN(p[c])) {
                n++;
            }
        }
        return n;
    }

    private int[][] countPreferences() {
        int n = candidates.size();
        int[][] d = new int[n][n];
        for (double[] p : positions) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (p[a] < p[b]) { // false whenever either side is NaN: exclusions count for nobody
                        d[a][b]++;
                    }
                }
            }
        }
        return d;
    }
}
