package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded randomised checks of properties every method (or every Condorcet method) must have. */
class PropertiesTest {

    private static final List<AggregationMethod> METHODS =
            List.of(new SchulzeMethod(), new BordaCount(), new KemenyYoung(), new MedianRank());

    @Test
    void unanimousBallotsGiveThatOrderUnderEveryMethod() {
        Random random = new Random(20240501);
        for (int round = 0; round < 200; round++) {
            List<String> candidates = Profiles.candidates(3 + random.nextInt(6));
            List<String> order = new ArrayList<>(candidates);
            Collections.shuffle(order, random);
            List<Ballot> ballots = new ArrayList<>();
            for (int v = 0, n = 1 + random.nextInt(9); v < n; v++) {
                ballots.add(Ballot.strict("v" + v, order.toArray(String[]::new)));
            }
            Profile profile = Profile.of(candidates, ballots);
            for (AggregationMethod method : METHODS) {
                AggregationResult r = method.aggregate(profile);
                assertEquals(order, r.order(), method.id() + " round " + round);
                assertEquals(candidates.size(), r.tiers().size(), method.id() + " round " + round);
                assertTrue(r.warnings().isEmpty(), method.id() + " " + r.warnings());
            }
        }
    }

    @Test
    void condorcetWinnerIsFirstUnderSchulzeAndKemeny() {
        Random random = new Random(42);
        int withWinner = 0;
        for (int round = 0; round < 400; round++) {
            List<String> candidates = Profiles.candidates(3 + random.nextInt(6));
            List<Ballot> ballots = new ArrayList<>();
            for (int v = 0, n = 1 + random.nextInt(9); v < n; v++) {
                ballots.add(Profiles.randomBallot(random, "v" + v, candidates));
            }
            Profile profile = Profile.of(candidates, ballots);
            Optional<String> winner = CondorcetWinner.of(profile.matrix());
            if (winner.isEmpty()) {
                continue;
            }
            withWinner++;
            assertEquals(Set.of(winner.get()), new SchulzeMethod().aggregate(profile).tiers().getFirst(), "round " + round);
            assertEquals(winner, new KemenyYoung().aggregate(profile).winner(), "round " + round);
            assertEquals(List.of(), CycleDetector.cycles(profile.matrix()).stream()
                    .filter(c -> c.contains(winner.get())).toList());
        }
        assertTrue(withWinner >= 100, "only " + withWinner + " profiles had a Condorcet winner");
    }
}
