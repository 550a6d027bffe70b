package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.irf.ranking.RankingAggregator;
import no.rhf.servicemiljo.irf.ranking.Robustness;

import java.util.List;
import java.util.Map;

/**
 * Everything shown after the reveal: the applications (candidates, in the agreed fallback order: regional
 * rank within region order, then submission), the library's report, member names by voter id and the strict
 * order the library's tie-break rule gives, and the robustness panel ({@link Robustness}) computed from the same ballots.
 */
public record RankingResults(IrfRound round, List<Application> candidates, RankingAggregator.Report report,
                             Map<String, String> voterNames, Map<String, List<Long>> abstentions,
                             Map<String, List<List<Long>>> ballotTiers,
                             List<String> strictOrder, Robustness.Report robustness) {

    public Application application(String id) {
        long key = Long.parseLong(id);
        return candidates.stream().filter(a -> a.id() == key).findFirst().orElseThrow();
    }
}
