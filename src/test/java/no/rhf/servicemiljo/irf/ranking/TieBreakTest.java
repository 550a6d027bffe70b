package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TieBreakTest {

    private static List<String> strict(List<String> candidates, List<Ballot> ballots, List<String> fallback) {
        Profile profile = Profile.of(candidates, ballots);
        return TieBreak.strictOrder(new SchulzeMethod().aggregate(profile), new BordaCount().aggregate(profile), fallback);
    }

    @Test
    void schulzeTierFirst() {
        // Schulze: E > A > C > B > D although the Borda order differs
        assertEquals(List.of("E", "A", "C", "B", "D"),
                strict(ids("A B C D E"), Profiles.wikipediaSchulze(), ids("D C B A E")));
    }

    @Test
    void bordaBreaksASchulzeTie() {
        // Schulze tiers {A, B} > {C}; Borda A 2, B 3, C 1
        assertEquals(List.of("B", "A", "C"),
                strict(ids("A B C"), Profiles.ballots(1, "A>B>C", 1, "B>C>A"), ids("A B C")));
    }

    @Test
    void fallbackOrderBreaksWhatRemains() {
        assertEquals(List.of("C", "A", "B"), strict(ids("A B C"), Profiles.cycle(), ids("X C A B")));
    }

    @Test
    void misuseIsRejected() {
        Profile profile = Profile.of(ids("A B C"), Profiles.cycle());
        AggregationResult schulze = new SchulzeMethod().aggregate(profile);
        AggregationResult borda = new BordaCount().aggregate(profile);
        assertThrows(IllegalArgumentException.class, () -> TieBreak.strictOrder(schulze, borda, ids("A B")));
        assertThrows(IllegalArgumentException.class, () -> TieBreak.strictOrder(borda, schulze, ids("A B C")));
    }
}
