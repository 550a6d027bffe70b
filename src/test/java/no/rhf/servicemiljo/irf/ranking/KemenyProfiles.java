package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random profiles for the exact Kemeny tests and benchmarks: realistic (noisy copies of one order) and uniform. */
final class KemenyProfiles {

    private KemenyProfiles() {
    }

    /**
     * A member's strict ballot that is a noisy version of the common order {@code candidates}: each application's
     * place is shifted by Gaussian noise of {@code spread × n} places before sorting.
     */
    static Ballot noisy(Random random, String voter, List<String> candidates, double spread) {
        int n = candidates.size();
        List<Integer> idx = new ArrayList<>();
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            idx.add(i);
            key[i] = i + random.nextGaussian() * spread * n;
        }
        idx.sort((a, b) -> Double.compare(key[a], key[b]));
        return new Ballot(voter, idx.stream().map(i -> Set.of(candidates.get(i))).toList(), Set.of());
    }

    /** A uniformly random strict ballot over all candidates. */
    static Ballot uniform(Random random, String voter, List<String> candidates) {
        List<String> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return new Ballot(voter, shuffled.stream().map(Set::of).toList(), Set.of());
    }

    static List<Ballot> profile(Random random, List<String> candidates, int voters, boolean realistic) {
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            ballots.add(realistic ? noisy(random, "m" + (v + 1), candidates, 0.25) : uniform(random, "m" + (v + 1), candidates));
        }
        return ballots;
    }
}
