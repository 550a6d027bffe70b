package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.rhf.servicemiljo.irf.ranking.Profiles.ballot;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MedianRankTest {

    private final MedianRank median = new MedianRank();

    @Test
    void equalMediansAreOrderedByMeanWithAWarning() {
        // ranks A: 1,1,2,3 (median 1.5, mean 1.75); B: 2,2,1,1 (median 1.5, mean 1.5); C: 3,3,3,2 (median 3)
        AggregationResult r = median.aggregate(ids("A B C"),
                Profiles.ballots(2, "A>B>C", 1, "B>A>C", 1, "B>C>A"));
        assertEquals(List.of("B", "A", "C"), r.order());
        assertEquals(3, r.tiers().size());
        assertEquals(Map.of("A", 1.5, "B", 1.5, "C", 3.0), r.scores());
        assertEquals(1, r.warnings().size());
        assertEquals(Warning.Code.MEDIAN_TIE_BROKEN_BY_MEAN, r.warnings().getFirst().code());
        assertEquals(List.of("A", "B"), r.warnings().getFirst().members());
    }

    @Test
    void tiesAndUnrankedUseAveragePositionsAndExcludedBallotsAreSkipped() {
        List<Ballot> ballots = List.of(ballot("v1", "A=B>C"), ballot("v2", "C", "A"), ballot("v3", "C>A"));
        AggregationResult r = median.aggregate(ids("A B C"), ballots);
        // A: 1.5 (v1), skipped (v2), 2 (v3) -> 1.75; B: 1.5, 2 (unranked below C of two), 3 -> 2; C: 3, 1, 1 -> 1
        assertEquals(Map.of("A", 1.75, "B", 2.0, "C", 1.0), r.scores());
        assertEquals(List.of(Set.of("C"), Set.of("A"), Set.of("B")), r.tiers());
    }

    @Test
    void identicalMediansAndMeansTie() {
        AggregationResult r = median.aggregate(ids("A B C"), Profiles.cycle());
        assertEquals(List.of(Set.of("A", "B", "C")), r.tiers());
        assertEquals(List.of(Warning.Code.TIE), r.warnings().stream().map(Warning::code).toList());
    }
}
