package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Exact Kemeny–Young at 20, 25 and 30 applications × 12 ballots over 20 seeded random profiles each, realistic
 * (members' ballots are noisy versions of one common order) and uniformly random (the hard case: one big majority
 * cycle): prints the median and worst time, how many were proven optimal and the most search nodes. Prints figures,
 * asserts no times. Run with {@code ./mvnw test -Pbenchmark -Dtest=KemenyExactBenchmark}.
 */
@Tag("benchmark")
class KemenyExactBenchmark {

    private static final int PROFILES = 20;

    @Test
    void exactKemenyAtTwentyTwentyFiveAndThirtyApplications() {
        KemenyYoung kemeny = new KemenyYoung();
        kemeny.aggregate(Profiles.candidates(20), KemenyProfiles.profile(new Random(1), Profiles.candidates(20), 12, false)); // warm-up
        System.out.println("Exact Kemeny-Young benchmark: 12 ballots, " + PROFILES + " random profiles per row");
        for (boolean realistic : List.of(true, false)) {
            for (int n : List.of(20, 25, 30)) {
                List<String> candidates = Profiles.candidates(n);
                Random random = new Random(1000L * n + (realistic ? 1 : 2));
                double[] millis = new double[PROFILES];
                int proven = 0;
                int largest = 0;
                for (int p = 0; p < PROFILES; p++) {
                    List<Ballot> ballots = KemenyProfiles.profile(random, candidates, 12, realistic);
                    Profile profile = Profile.of(candidates, ballots);
                    long start = System.nanoTime();
                    AggregationResult r = kemeny.aggregate(profile);
                    millis[p] = (System.nanoTime() - start) / 1e6;
                    proven += r.exact() ? 1 : 0;
                    largest = Math.max(largest, KemenyExact.components(profile.matrix().toArray()).stream()
                            .mapToInt(c -> c.length).max().orElse(0));
                }
                Arrays.sort(millis);
                System.out.printf("  %-9s %2d applications: median %8.1f ms   worst %8.1f ms   proven optimal %2d/%d   largest cycle group %d%n",
                        realistic ? "realistic" : "uniform", n, (millis[PROFILES / 2 - 1] + millis[PROFILES / 2]) / 2,
                        millis[PROFILES - 1], proven, PROFILES, largest);
            }
        }
    }
}
