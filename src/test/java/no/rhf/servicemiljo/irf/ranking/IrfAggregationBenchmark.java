package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 30 applications × 12 seeded random ballots (ties, partial rankings, conflicts of interest) through every
 * method; prints median and 95th percentile per call (target under 50 ms each). Kemeny–Young is exact (proven
 * optimal) when no majority cycle has more than {@link KemenyYoung#MAX_EXACT} applications; whether it was at 30 is
 * printed; the exact case is also timed at 20 ({@link KemenyExactBenchmark} times 20, 25 and 30 over many profiles).
 * Prints figures, asserts no times. Run with {@code ./mvnw test -Pbenchmark}.
 */
@Tag("benchmark")
class IrfAggregationBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    @Test
    void thirtyApplicationsTwelveBallotsEveryMethod() {
        List<String> candidates = Profiles.candidates(30);
        List<Ballot> ballots = ballots(candidates, new Random(2025));
        System.out.printf("IRF aggregation benchmark: %d applications x %d ballots, %d runs after warm-up%n",
                candidates.size(), ballots.size(), RUNS);
        for (AggregationMethod method : List.of(new SchulzeMethod(), new BordaCount(), new KemenyYoung(), new MedianRank())) {
            time(method.id(), RUNS, () -> method.aggregate(candidates, ballots));
        }
        RankingAggregator aggregator = new RankingAggregator();
        time("all methods + matrix + cycles + agreement", RUNS, () -> aggregator.aggregate(candidates, ballots));
        AggregationResult kemeny30 = new KemenyYoung().aggregate(candidates, ballots);
        System.out.printf("Kemeny-Young at 30 applications proven optimal: %b (exact up to %d in one majority cycle)%n",
                kemeny30.exact(), KemenyYoung.MAX_EXACT);

        List<String> twenty = Profiles.candidates(20);
        List<Ballot> twentyBallots = ballots(twenty, new Random(2025));
        AggregationResult kemeny20 = new KemenyYoung().aggregate(twenty, twentyBallots);
        assertTrue(kemeny20.exact());
        time("kemeny-young exact, 20 applications", 10, () -> new KemenyYoung().aggregate(twenty, twentyBallots));
    }

    private static List<Ballot> ballots(List<String> candidates, Random random) {
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < 12; v++) {
            ballots.add(Profiles.randomBallot(random, "member" + (v + 1), candidates));
        }
        return ballots;
    }

    private static void time(String label, int runs, Supplier<?> call) {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            call.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  %-45s median %8.3f ms   p95 %8.3f ms%n", label, millis[runs / 2], millis[(int) Math.ceil(0.95 * runs) - 1]);
    }
}
