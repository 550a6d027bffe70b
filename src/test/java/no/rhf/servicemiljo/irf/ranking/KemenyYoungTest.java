package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static no.rhf.servicemiljo.irf.ranking.Profiles.TENNESSEE;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KemenyYoungTest {

    @Test
    void tennessee() {
        AggregationResult r = new KemenyYoung().aggregate(TENNESSEE, Profiles.tennessee());
        assertEquals(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis"), r.order());
        assertEquals(393.0, r.objective().orElseThrow());
        assertEquals(393.0, r.scores().values().stream().mapToDouble(Double::doubleValue).sum());
        assertEquals(68 + 68 + 58, r.scores().get("Nashville"));
        assertTrue(r.exact());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void heuristicIsFlaggedAndFindsTheTennesseeOptimum() {
        AggregationResult r = new KemenyYoung(0).aggregate(TENNESSEE, Profiles.tennessee());
        assertFalse(r.exact());
        assertEquals(List.of(Warning.Code.KEMENY_HEURISTIC), r.warnings().stream().map(Warning::code).toList());
        assertEquals(393.0, r.objective().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new KemenyYoung(KemenyYoung.MAX_EXACT + 1));
    }

    @Test
    void severalOptimaAreReportedAndTheFirstInCandidateOrderIsShown() {
        AggregationResult r = new KemenyYoung().aggregate(ids("A B C"), Profiles.cycle());
        assertEquals(List.of("A", "B", "C"), r.order());
        assertEquals(5.0, r.objective().orElseThrow());
        Warning w = r.warnings().stream().filter(x -> x.code() == Warning.Code.KEMENY_NOT_UNIQUE)
                .findFirst().orElseThrow();
        assertTrue(w.text().startsWith("3 different rankings"), w.text());
    }

    @Test
    void exactSearchMatchesBruteForceOnRandomProfiles() {
        Random random = new Random(7);
        KemenyYoung exact = new KemenyYoung();
        KemenyYoung heuristic = new KemenyYoung(0);
        for (int round = 0; round < 100; round++) {
            List<String> candidates = Profiles.candidates(2 + random.nextInt(5));
            List<Ballot> ballots = new ArrayList<>();
            for (int v = 0, n = 1 + random.nextInt(7); v < n; v++) {
                ballots.add(Profiles.randomBallot(random, "v" + v, candidates));
            }
            Profile profile = Profile.of(candidates, ballots);
            List<String> expected = bruteForce(profile);
            AggregationResult r = exact.aggregate(profile);
            assertEquals(expected, r.order(), "round " + round);
            assertEquals(score(profile.matrix(), expected), r.objective().orElseThrow());
            assertTrue(heuristic.aggregate(profile).objective().orElseThrow() <= r.objective().orElseThrow());
        }
    }

    /** The first optimal order in lexicographic order of candidate indices, unassessed ones last. */
    private static List<String> bruteForce(Profile profile) {
        List<String> assessed = new ArrayList<>(profile.candidates());
        assessed.removeAll(profile.unassessed());
        List<List<String>> best = new ArrayList<>();
        permutations(assessed, new ArrayList<>(), profile.matrix(), best);
        List<String> order = new ArrayList<>(best.getFirst());
        order.addAll(profile.unassessed());
        return order;
    }

    private static void permutations(List<String> left, List<String> prefix, PairwiseMatrix d, List<List<String>> best) {
        if (left.isEmpty()) {
            if (best.isEmpty() || score(d, prefix) > score(d, best.getFirst())) {
                best.clear();
                best.add(List.copyOf(prefix));
            }
            return;
        }
        for (String c : left) {
            List<String> rest = new ArrayList<>(left);
            rest.remove(c);
            prefix.add(c);
            permutations(rest, prefix, d, best);
            prefix.removeLast();
        }
    }

    private static double score(PairwiseMatrix d, List<String> order) {
        int s = 0;
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                s += d.get(order.get(i), order.get(j));
            }
        }
        return s;
    }
}
