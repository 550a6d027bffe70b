package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.rhf.servicemiljo.irf.ranking.Profiles.TENNESSEE;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ballot;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BordaCountTest {

    private final BordaCount borda = new BordaCount();

    @Test
    void tennesseeScoresWithPointsThreeTwoOneZero() {
        AggregationResult r = borda.aggregate(TENNESSEE, Profiles.tennessee());
        assertEquals(Map.of("Memphis", 126.0, "Nashville", 194.0, "Chattanooga", 173.0, "Knoxville", 107.0), r.scores());
        assertEquals(List.of("Nashville", "Chattanooga", "Memphis", "Knoxville"), r.order());
        assertEquals(4, r.tiers().size());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void tiedApplicationsGetTheMeanOfTheirPositionsPoints() {
        // 4 applications: A and B share 3 and 2 points, C gets 1, unranked D gets 0
        AggregationResult r = borda.aggregate(ids("A B C D"), List.of(ballot("v1", "A=B>C")));
        assertEquals(Map.of("A", 2.5, "B", 2.5, "C", 1.0, "D", 0.0), r.scores());
        assertEquals(List.of(Set.of("A", "B"), Set.of("C"), Set.of("D")), r.tiers());
        // unranked share the bottom: C and D share 1 and 0
        assertEquals(0.5, borda.aggregate(ids("A B C D"), List.of(ballot("v1", "A>B"))).scores().get("D"));
    }

    @Test
    void excludedApplicationIsScaledFromTheBallotsThatScoredIt() {
        List<Ballot> ballots = List.of(ballot("v1", "A>B>C"), ballot("v2", "B>A>C"), ballot("v3", "B>C", "A"));
        AggregationResult r = borda.aggregate(ids("A B C"), ballots);
        // A: (2 + 1) / 2 ballots * 3 ballots = 4.5; v3 ranks only B, C: B gets 1, C gets 0
        assertEquals(Map.of("A", 4.5, "B", 4.0, "C", 0.0), r.scores());
    }

    @Test
    void rockPaperScissorsTies() {
        AggregationResult r = borda.aggregate(ids("A B C"), Profiles.cycle());
        assertEquals(List.of(Set.of("A", "B", "C")), r.tiers());
        assertEquals(Map.of("A", 3.0, "B", 3.0, "C", 3.0), r.scores());
        assertEquals(Warning.Code.TIE, r.warnings().getFirst().code());
    }

    @Test
    void withoutBallotsNothingIsAssessed() {
        AggregationResult r = borda.aggregate(ids("A B"), List.of());
        assertEquals(List.of(Set.of("A", "B")), r.tiers());
        assertTrue(r.scores().values().stream().allMatch(s -> s.isNaN()));
        assertEquals(List.of(Warning.Code.NOT_ASSESSED), r.warnings().stream().map(Warning::code).toList());
    }
}
