package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The robustness panel ({@link Robustness#analyse}) for 30 applications × 12 ballots: the full profile and 12
 * leave-one-member-out recomputations with every method. Timed with Kemeny–Young as local search only (the target,
 * under 200 ms, excludes exact Kemeny) and with exact Kemeny–Young, on a realistic profile (noisy copies of one order)
 * and a uniformly random one. Prints median and worst of 20 runs after warm-up; asserts no times. Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=IrfRobustnessBenchmark}.
 */
@Tag("benchmark")
class IrfRobustnessBenchmark {

    private static final int RUNS = 20;

    @Test
    void robustnessPanelThirtyApplicationsTwelveBallots() {
        List<String> candidates = Profiles.candidates(30);
        System.out.println("IRF robustness panel benchmark: 30 applications x 12 ballots, 12 leave-one-out recomputations, "
                + RUNS + " runs");
        for (boolean realistic : List.of(true, false)) {
            List<Ballot> ballots = KemenyProfiles.profile(new Random(realistic ? 11 : 12), candidates, 12, realistic);
            String kind = realistic ? "realistic" : "uniform";
            time(kind + ", Kemeny by local search", () -> Robustness.analyse(candidates, ballots, candidates,
                    List.of(new SchulzeMethod(), new BordaCount(), new KemenyYoung(0), new MedianRank())));
            time(kind + ", exact Kemeny", () -> Robustness.analyse(candidates, ballots, candidates));
        }
    }

    private static void time(String label, Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("  %-40s median %8.1f ms   worst %8.1f ms%n", label, (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2,
                millis[RUNS - 1]);
    }
}
