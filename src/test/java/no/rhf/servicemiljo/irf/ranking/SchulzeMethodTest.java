package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchulzeMethodTest {

    private static final List<String> ABCDE = ids("A B C D E");

    @Test
    void wikipediaExampleMatrices() {
        PairwiseMatrix d = PairwiseMatrix.of(ABCDE, Profiles.wikipediaSchulze());
        assertArrayEquals(new int[][]{
                {0, 20, 26, 30, 22},
                {25, 0, 16, 33, 18},
                {19, 29, 0, 17, 24},
                {15, 12, 28, 0, 14},
                {23, 27, 21, 31, 0}}, d.toArray());
        assertArrayEquals(new int[][]{
                {0, 28, 28, 30, 24},
                {25, 0, 28, 33, 24},
                {25, 29, 0, 29, 24},
                {25, 28, 28, 0, 24},
                {25, 28, 28, 31, 0}}, SchulzeMethod.strongestPaths(d));
    }

    @Test
    void wikipediaExampleRanking() {
        AggregationResult r = new SchulzeMethod().aggregate(ABCDE, Profiles.wikipediaSchulze());
        assertEquals("schulze", r.methodId());
        assertEquals(Optional.of("E"), r.winner());
        assertEquals(List.of("E", "A", "C", "B", "D"), r.order());
        assertEquals(5, r.tiers().size());
        assertEquals(List.of(4.0, 3.0, 2.0, 1.0, 0.0), List.of(r.scores().get("E"), r.scores().get("A"),
                r.scores().get("C"), r.scores().get("B"), r.scores().get("D")));
        // majorities go round (A beats C 26:19, C beats B 29:16, B beats A 25:20; C beats E 24:21, E beats A 23:22)
        assertEquals(List.of(ABCDE), r.warnings().stream()
                .filter(w -> w.code() == Warning.Code.CONDORCET_CYCLE).map(Warning::members).toList());
        assertTrue(r.exact());
    }

    @Test
    void rockPaperScissorsIsAThreeWayTieWithACycleWarning() {
        AggregationResult r = new SchulzeMethod().aggregate(ids("A B C"), Profiles.cycle());
        assertEquals(List.of(Set.of("A", "B", "C")), r.tiers());
        assertEquals(Optional.empty(), r.winner());
        Warning cycle = r.warnings().stream().filter(w -> w.code() == Warning.Code.CONDORCET_CYCLE)
                .findFirst().orElseThrow();
        assertEquals(List.of("A", "B", "C"), cycle.members());
        assertTrue(cycle.text().contains("A, B, C"), cycle.text());
        Warning tie = r.warnings().stream().filter(w -> w.code() == Warning.Code.TIE).findFirst().orElseThrow();
        assertEquals(List.of("A", "B", "C"), tie.members());
        assertTrue(tie.text().endsWith(TieBreak.RULE), tie.text());
    }

    @Test
    void undecidedPairsShareATier() {
        // A and B tie head to head; B beats C twice; A–C is a tie: only B→C is a link, so {A, B} then {C}
        AggregationResult r = new SchulzeMethod().aggregate(ids("A B C"), Profiles.ballots(1, "A>B>C", 1, "B>C>A"));
        assertEquals(List.of(Set.of("A", "B"), Set.of("C")), r.tiers());
    }
}
