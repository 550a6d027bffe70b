package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Manual benchmark (not a test): 30 applications × 12 seeded random ballots (with ties, partial rankings
 * and conflicts of interest as in {@link Profiles#randomBallot}); each method runs 200 times after warm-up
 * and the median and 95th percentile per call are printed. Each call includes validation and building the
 * pairwise matrix, as in production. Run with {@code java -cp <test-classes>:<classes>
 * no.rhf.servicemiljo.irf.ranking.RankingBenchmark}.
 */
public final class RankingBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    public static void main(String[] args) {
        List<String> candidates = Profiles.candidates(30);
        List<Ballot> ballots = randomBallots(candidates, 12, new Random(2025));
        System.out.printf("%d applications x %d ballots, %d runs after %d warm-up runs%n",
                candidates.size(), ballots.size(), RUNS, WARM_UP);
        List<AggregationMethod> methods =
                List.of(new SchulzeMethod(), new BordaCount(), new KemenyYoung(), new MedianRank());
        for (AggregationMethod method : methods) {
            report(method.id(), RUNS, () -> method.aggregate(candidates, ballots));
        }
        RankingAggregator aggregator = new RankingAggregator();
        report("all (facade)", RUNS, () -> aggregator.aggregate(candidates, ballots));
        AggregationResult kemeny = new KemenyYoung().aggregate(candidates, ballots);
        System.out.printf("Kemeny-Young exact: %b (Kemeny score %.0f)%n", kemeny.exact(), kemeny.objective().orElseThrow());

        List<String> twenty = Profiles.candidates(KemenyYoung.MAX_EXACT);
        List<Ballot> twentyBallots = randomBallots(twenty, 12, new Random(2025));
        report("kemeny-young, 20 applications (exact: "
                + new KemenyYoung().aggregate(twenty, twentyBallots).exact() + ")",
                20, () -> new KemenyYoung().aggregate(twenty, twentyBallots));
    }

    private static List<Ballot> randomBallots(List<String> candidates, int count, Random random) {
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            ballots.add(Profiles.randomBallot(random, "member" + (v + 1), candidates));
        }
        return ballots;
    }

    private static void report(String label, int runs, Supplier<?> call) {
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
        System.out.printf("%-45s median %8.3f ms   p95 %8.3f ms%n", label, millis[runs / 2],
                millis[(int) Math.ceil(0.95 * runs) - 1]);
    }
}
