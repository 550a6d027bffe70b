package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static no.rhf.servicemiljo.irf.ranking.Profiles.ballot;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairwiseMatrixTest {

    private static final List<String> ABCD = ids("A B C D");

    @Test
    void unrankedAreBelowEveryRankedAndTiedWithEachOther() {
        PairwiseMatrix d = PairwiseMatrix.of(ABCD, List.of(ballot("v1", "B")));
        assertEquals(1, d.get("B", "A"));
        assertEquals(1, d.get("B", "C"));
        assertEquals(1, d.get("B", "D"));
        assertEquals(0, d.get("A", "B"));
        assertEquals(0, d.get("A", "C"));
        assertEquals(0, d.get("C", "A"));
        assertEquals(0, d.get("C", "D"));
        assertEquals(0, d.get("D", "C"));
    }

    @Test
    void tiesInsideATierCountForNeitherSide() {
        PairwiseMatrix d = PairwiseMatrix.of(ABCD, List.of(ballot("v1", "A=B>C>D"), ballot("v2", "B>A>C>D")));
        assertEquals(0, d.get("A", "B"));
        assertEquals(1, d.get("B", "A"));
        assertTrue(d.beats(d.indexOf("B"), d.indexOf("A")));
        assertEquals(2, d.get("A", "C"));
        assertEquals(2, d.get("B", "C"));
    }

    @Test
    void excludedApplicationGetsNoPreferenceFromThatBallot() {
        List<Ballot> ballots = List.of(ballot("v1", "A>C", "B"), ballot("v2", "A>C"));
        PairwiseMatrix d = PairwiseMatrix.of(ABCD, ballots);
        // v2 leaves B unranked (below A and C, tied with D); v1 abstains on B entirely
        assertEquals(1, d.get("A", "B"));
        assertEquals(1, d.get("C", "B"));
        assertEquals(0, d.get("B", "A"));
        assertEquals(0, d.get("B", "D"));
        assertEquals(0, d.get("D", "B"));
        assertEquals(2, d.get("A", "C"));
        assertEquals(2, d.get("C", "D"));
        assertFalse(d.beats(d.indexOf("B"), d.indexOf("D")));
    }

    @Test
    void toArrayIsACopy() {
        PairwiseMatrix d = PairwiseMatrix.of(ABCD, List.of(ballot("v1", "A>B>C>D")));
        int[][] raw = d.toArray();
        raw[0][1] = 99;
        assertEquals(1, d.get(0, 1));
        assertArrayEquals(new int[]{0, 0, 0, 0}, d.toArray()[3]);
    }
}
