package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Median rank: each application's position on every ballot that assesses it, and the median of those.
 *
 * <p>Positions are those of {@link Ballot#positions(List)}: 1 = best, tied applications share the
 * average of their positions, unranked applications share the average of the remaining positions, and
 * a ballot that excludes the application is skipped. Why a median: a single member placing an
 * application last cannot drag it down, so the column shows where the majority of members placed it.
 *
 * <p>Order: lower median first, equal medians by lower mean position; applications equal on both are
 * tied. Score: the median rank. When the mean separates equal medians a
 * {@link Warning.Code#MEDIAN_TIE_BROKEN_BY_MEAN} warning says so, because the score alone would not
 * explain the order.
 */
public final class MedianRank implements AggregationMethod {

    public static final String ID = "median-rank";

    public static final String DESCRIPTION = "Median rank: the middle value of an application's positions over "
            + "the ballots that assess it (1 = best; tied applications share the average of their positions, "
            + "unranked applications the average of the remaining positions). Lower is better; equal medians are "
            + "ordered by the mean position. Score: the median rank.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public AggregationResult aggregate(Profile profile) {
        List<String> candidates = profile.candidates();
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, Double> means = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            double[] ranks = ranksOf(profile, c);
            int k = ranks.length;
            medians.put(candidates.get(c), k == 0 ? Double.NaN : (ranks[(k - 1) / 2] + ranks[k / 2]) / 2);
            means.put(candidates.get(c), k == 0 ? Double.NaN : Arrays.stream(ranks).sum() / k);
        }
        Comparator<String> byMedian = Comparator.comparingDouble(medians::get);
        List<Warning> warnings = new ArrayList<>();
        for (Set<String> sameMedian : Tiers.group(candidates, byMedian)) {
            String first = sameMedian.iterator().next();
            if (!Double.isNaN(medians.get(first))
                    && sameMedian.stream().map(means::get).distinct().count() > 1) {
                warnings.add(Warning.of(Warning.Code.MEDIAN_TIE_BROKEN_BY_MEAN, List.copyOf(sameMedian)));
            }
        }
        List<Set<String>> tiers = Tiers.group(candidates, byMedian.thenComparingDouble(means::get));
        return AggregationResult.of(ID, profile, tiers, medians, OptionalDouble.empty(), true, warnings);
    }

    /** Sorted positions of candidate {@code c} over the ballots that assess it. */
    private static double[] ranksOf(Profile profile, int c) {
        return IntStream.range(0, profile.ballots().size())
                .mapToDouble(b -> profile.position(b, c))
                .filter(p -> !Double.isNaN(p))
                .sorted()
                .toArray();
    }
}
