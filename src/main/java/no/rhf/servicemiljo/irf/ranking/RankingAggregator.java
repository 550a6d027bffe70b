package no.rhf.servicemiljo.irf.ranking;

import java.util.List;
import java.util.Optional;

/**
 * Facade that runs all four methods side by side on the same validated input, so the meeting can see
 * whether the consensus is robust (all methods agree) or depends on the choice of rule.
 */
public final class RankingAggregator {

    private final SchulzeMethod schulze = new SchulzeMethod();
    private final BordaCount borda = new BordaCount();
    private final KemenyYoung kemeny = new KemenyYoung();
    private final MedianRank median = new MedianRank();

    /**
     * Everything the UI shows for one vote.
     *
     * @param matrix          the pairwise matrix all methods are based on
     * @param schulze         {@link SchulzeMethod} result, the default consensus
     * @param borda           {@link BordaCount} result
     * @param kemeny          {@link KemenyYoung} result (check {@link AggregationResult#exact()})
     * @param median          {@link MedianRank} result
     * @param cycles          Condorcet cycles ({@link CycleDetector#cycles})
     * @param condorcetWinner the application beating all others head to head, if any
     * @param agreement       per ballot, in ballot order: Kendall tau-b against the Schulze tiers
     */
    public record Report(PairwiseMatrix matrix, AggregationResult schulze, AggregationResult borda,
                         AggregationResult kemeny, AggregationResult median, List<List<String>> cycles,
                         Optional<String> condorcetWinner, List<Agreement> agreement) {

        /** The four results in display order: Schulze, Borda, Kemeny–Young, median rank. */
        public List<AggregationResult> results() {
            return List.of(schulze, borda, kemeny, median);
        }

        /** The strict order by {@link TieBreak#RULE}, for when one is required. */
        public List<String> strictOrder(List<String> fallbackOrder) {
            return TieBreak.strictOrder(schulze, borda, fallbackOrder);
        }
    }

    /**
     * @param candidates all applications on the agenda, in a stable order
     * @throws IllegalArgumentException if the input is malformed
     */
    public Report aggregate(List<String> candidates, List<Ballot> ballots) {
        Profile profile = Profile.of(candidates, ballots);
        AggregationResult consensus = schulze.aggregate(profile);
        return new Report(profile.matrix(), consensus, borda.aggregate(profile), kemeny.aggregate(profile),
                median.aggregate(profile), CycleDetector.cycles(profile.matrix()),
                CondorcetWinner.of(profile.matrix()),
                ballots.stream().map(b -> Agreement.kendallTauB(b, consensus.tiers())).toList());
    }
}
