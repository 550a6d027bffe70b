package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exact Kemeny search (decomposition, subset DP, branch and bound) against brute force. */
class KemenyExactTest {

    @Test
    void branchAndBoundAndDynamicProgrammeMatchBruteForceOnRandomProfiles() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(8);
            List<String> candidates = Profiles.candidates(n);
            List<Ballot> ballots = new ArrayList<>();
            boolean realistic = round % 2 == 0;
            for (int v = 0, voters = 1 + random.nextInt(12); v < voters; v++) {
                ballots.add(realistic ? KemenyProfiles.noisy(random, "v" + v, candidates, 0.3)
                        : Profiles.randomBallot(random, "v" + v, candidates));
            }
            int[][] w = Profile.of(candidates, ballots).matrix().toArray();
            Brute brute = brute(w);
            KemenyExact.Solution dp = KemenyExact.solve(w, KemenyExact.DP_LIMIT, KemenyExact.NODE_BUDGET);
            KemenyExact.Solution bb = KemenyExact.solve(w, 0, KemenyExact.NODE_BUDGET);
            assertArrayEquals(brute.first, dp.order(), "DP, round " + round);
            assertEquals(brute.count, dp.count(), "DP counts the optima, round " + round);
            assertArrayEquals(brute.first, bb.order(), "B&B, round " + round + " " + Arrays.deepToString(w));
            assertTrue(bb.proven());
        }
    }

    @Test
    void componentsOfTheWeakMajorityGraphComeInOrderAndTiesKeepGroupsTogether() {
        // A beats B and C, B and C tie head to head, D loses to everyone.
        int[][] w = {
                {0, 2, 2, 3},
                {1, 0, 1, 3},
                {1, 1, 0, 2},
                {0, 0, 1, 0}};
        List<int[]> components = KemenyExact.components(w);
        assertEquals(3, components.size());
        assertArrayEquals(new int[]{0}, components.get(0));
        assertArrayEquals(new int[]{1, 2}, components.get(1), "a head-to-head tie joins a group");
        assertArrayEquals(new int[]{3}, components.get(2));
        KemenyExact.Solution s = KemenyExact.solve(w);
        assertArrayEquals(new int[]{0, 1, 2, 3}, s.order());
        assertEquals(2, s.count(), "B and C can swap");
    }

    @Test
    void anExhaustedBudgetIsReportedAsNotProven() {
        Random random = new Random(3);
        List<String> candidates = Profiles.candidates(24);
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < 12; v++) {
            ballots.add(KemenyProfiles.uniform(random, "v" + v, candidates));
        }
        int[][] w = Profile.of(candidates, ballots).matrix().toArray();
        KemenyExact.Solution s = KemenyExact.solve(w, 0, 10);
        assertFalse(s.proven());
        assertEquals(24, Arrays.stream(s.order()).distinct().count(), "still a complete order");
    }

    @Test
    void thirtyApplicationsAreSolvedExactlyAndAgreeWithTheDynamicProgrammeOnEachComponent() {
        Random random = new Random(30);
        List<String> candidates = Profiles.candidates(30);
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < 12; v++) {
            ballots.add(KemenyProfiles.noisy(random, "m" + v, candidates, 0.25));
        }
        AggregationResult r = new KemenyYoung().aggregate(candidates, ballots);
        assertTrue(r.exact(), r.warnings().toString());
        int[][] w = Profile.of(candidates, ballots).matrix().toArray();
        KemenyExact.Solution bb = KemenyExact.solve(w, 0, KemenyExact.NODE_BUDGET);
        assertTrue(bb.proven());
        assertEquals(score(w, KemenyExact.solve(w).order()), score(w, bb.order()));
    }

    static int score(int[][] w, int[] order) {
        int s = 0;
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                s += w[order[i]][order[j]];
            }
        }
        return s;
    }

    private record Brute(int[] first, long count) {
    }

    /** Every permutation in lexicographic order: the first optimum and the number of optima. */
    private static Brute brute(int[][] w) {
        int n = w.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int best = Integer.MIN_VALUE;
        int[] first = null;
        long count = 0;
        do {
            int s = score(w, perm);
            if (s > best) {
                best = s;
                first = perm.clone();
                count = 0;
            }
            if (s == best) {
                count++;
            }
        } while (nextPermutation(perm));
        return new Brute(first, count);
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
