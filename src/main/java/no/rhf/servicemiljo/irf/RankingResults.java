package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.irf.ranking.RankingAggregator;

import java.util.List;
import java.util.Map;

/**
 * Everything shown after the reveal: the applications (candidates, in the agreed fallback order: regional
 * rank within region order, then submission), the library's report, member names by voter id and the strict
 * order the library's tie-break rule gives.
 */
public record RankingResults(IrfRound round, List<Application> candidates, RankingAggregator.Report report,
                             Map<String, String> voterNames, Map<String, List<Long>> abstentions,
                             Map<String, List<List<Long>>> ballotTiers,
                             List<String> strictOrder) {

    public Application application(String id) {
        long key = Long.parseLong(id);
        return candidates.stream().filter(a -> a.id() == key).findFirst().orElseThrow();
    }
}
