package no.rhf.servicemiljo.irf.ranking;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Borda count with the average-rank convention for ties.
 *
 * <p>On a ballot that assesses {@code m} applications ({@code m = n} when nothing is excluded), the
 * application in position {@code k} gets {@code m − k} points: {@code m − 1} for first, 0 for last.
 * Tied applications (a tier, or the unranked applications at the bottom) get the mean of the points of
 * the positions they occupy. Why this convention: it keeps every ballot's total the same whatever its
 * ties, and the points then equal the number of applications ranked below plus half the number tied
 * with it, i.e. Borda is the row sum of the pairwise comparisons on that ballot.
 *
 * <p>Score: total points over all ballots. For an application excluded on some ballots the score is
 * its average over the ballots that scored it times the number of ballots, so it is neither punished
 * nor rewarded by the abstention ({@link Ballot#EXCLUSION_RULE}). Higher is better.
 */
public final class BordaCount implements AggregationMethod {

    public static final String ID = "borda";

    public static final String DESCRIPTION = "Borda count: on each ballot an application gets one point for "
            + "every application ranked below it, from m−1 for first to 0 for last (m = applications the ballot "
            + "assesses). Tied applications, including the unranked ones at the bottom, get the average of the "
            + "points of the positions they share. Score: total points; an application excluded on some ballots "
            + "gets its average over the ballots that scored it times the number of ballots.";

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
        List<Ballot> ballots = profile.ballots();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            double points = 0;
            int scoredBy = 0;
            for (int b = 0; b < ballots.size(); b++) {
                double position = profile.position(b, c);
                if (!Double.isNaN(position)) {
                    int assessed = candidates.size() - ballots.get(b).excluded().size();
                    points += assessed - position;
                    scoredBy++;
                }
            }
            // points * ballots is exact, so equal averages yield bit-identical scores and tie correctly
            scores.put(candidates.get(c), scoredBy == 0 ? Double.NaN : points * ballots.size() / scoredBy);
        }
        Comparator<String> byScore = Comparator.comparingDouble(scores::get);
        return AggregationResult.of(ID, profile, Tiers.group(candidates, byScore.reversed()), scores,
                OptionalDouble.empty(), true, List.of());
    }
}
