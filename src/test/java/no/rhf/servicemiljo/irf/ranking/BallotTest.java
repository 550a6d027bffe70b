package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static no.rhf.servicemiljo.irf.ranking.Profiles.ballot;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallotTest {

    private static final List<String> ABCDE = ids("A B C D E");

    @Test
    void duplicateIdAcrossTiersIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Ballot("v1", List.of(Set.of("A"), Set.of("B", "A")), Set.of()));
        assertTrue(e.getMessage().contains("'A' appears more than once"), e.getMessage());
    }

    @Test
    void emptyTierIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Ballot("v1", List.of(Set.of("A"), Set.of()), Set.of()));
        assertTrue(e.getMessage().contains("empty tier at position 2"), e.getMessage());
    }

    @Test
    void rankedAndExcludedIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ballot("v1", "A>B", "B"));
    }

    @Test
    void unknownIdIsRejectedByEveryEntryPoint() {
        List<Ballot> ballots = List.of(ballot("v1", "A>X"));
        var e = assertThrows(IllegalArgumentException.class, () -> Profile.of(ABCDE, ballots));
        assertTrue(e.getMessage().contains("unknown application 'X'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SchulzeMethod().aggregate(ABCDE, ballots));
        assertThrows(IllegalArgumentException.class, () -> new RankingAggregator().aggregate(ABCDE, ballots));
    }

    @Test
    void unknownExcludedIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Profile.of(ABCDE, List.of(ballot("v1", "A", "X"))));
    }

    @Test
    void duplicateVotersAndCandidatesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Profile.of(ABCDE, List.of(ballot("v1", "A"), ballot("v1", "B"))));
        assertThrows(IllegalArgumentException.class, () -> Profile.of(ids("A B A"), List.of()));
    }

    @Test
    void positionsAverageTiesAndPutUnrankedLastAndSkipExcluded() {
        // E excluded, so the ballot assesses 4: A first, B and C share 2 and 3, D is the lone unranked at 4
        double[] p = ballot("v1", "A>B=C", "E").positions(ABCDE);
        assertArrayEquals(new double[]{1, 2.5, 2.5, 4, Double.NaN}, p);
        // three unranked share positions 3, 4 and 5
        assertArrayEquals(new double[]{1, 2, 4, 4, 4}, ballot("v1", "A>B").positions(ABCDE));
    }

    @Test
    void rulesAreExposedAsText() {
        assertTrue(Ballot.UNRANKED_RULE.contains("tied with each other, below every application that is ranked"));
        assertTrue(Ballot.EXCLUSION_RULE.contains("conflict of interest"));
        assertEquals(List.of(Set.of("A"), Set.of("B")), Ballot.strict("v", "A", "B").tiers());
    }
}
