package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static no.rhf.servicemiljo.irf.ranking.Profiles.TENNESSEE;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ballot;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingAggregatorTest {

    private final RankingAggregator aggregator = new RankingAggregator();

    @Test
    void tennesseeSideBySide() {
        RankingAggregator.Report report = aggregator.aggregate(TENNESSEE, Profiles.tennessee());
        assertEquals(List.of("schulze", "borda", "kemeny-young", "median-rank"),
                report.results().stream().map(AggregationResult::methodId).toList());
        assertEquals(Optional.of("Nashville"), report.condorcetWinner());
        assertEquals(List.of(), report.cycles());
        assertEquals(58, report.matrix().get("Nashville", "Memphis"));
        assertEquals(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis"), report.schulze().order());
        assertEquals(List.of("Nashville", "Chattanooga", "Memphis", "Knoxville"), report.borda().order());
        // medians: Nashville 2 (mean 2.06), Chattanooga 2 (mean 2.27), Knoxville 3, Memphis 4 (58 of 100 last)
        assertEquals(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis"), report.median().order());
        assertEquals(List.of(Warning.Code.MEDIAN_TIE_BROKEN_BY_MEAN),
                report.median().warnings().stream().map(Warning::code).toList());
        assertEquals(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis"),
                report.strictOrder(TENNESSEE));
        // Memphis voters: the 3 pairs with Memphis disagree, the other 3 agree
        assertEquals(0.0, report.agreement().getFirst().tau(), 1e-12);
        assertEquals("v1", report.agreement().getFirst().voterId());
        assertEquals(1.0, report.agreement().get(42).tau(), 1e-12);
        assertEquals(100, report.agreement().size());
    }

    @Test
    void applicationExcludedOnEveryBallotIsPlacedLastByEveryMethod() {
        List<Ballot> ballots = List.of(ballot("v1", "A>B", "X"), ballot("v2", "B>A", "X"), ballot("v3", "A>B", "X"));
        RankingAggregator.Report report = aggregator.aggregate(ids("X A B"), ballots);
        for (AggregationResult r : report.results()) {
            assertEquals(List.of(Set.of("A"), Set.of("B"), Set.of("X")), r.tiers(), r.methodId());
            assertTrue(r.scores().get("X").isNaN(), r.methodId());
            assertEquals(List.of(Warning.Code.NOT_ASSESSED), r.warnings().stream().map(Warning::code).toList(),
                    r.methodId());
            assertEquals(List.of("X"), r.warnings().getFirst().members());
        }
    }
}
