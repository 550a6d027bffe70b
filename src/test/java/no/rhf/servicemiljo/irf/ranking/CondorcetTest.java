package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static no.rhf.servicemiljo.irf.ranking.Profiles.TENNESSEE;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link CondorcetWinner} and {@link CycleDetector}. */
class CondorcetTest {

    @Test
    void tennesseeHasCondorcetWinnerNashvilleAndSchulzeAndKemenyPutItFirst() {
        PairwiseMatrix d = PairwiseMatrix.of(TENNESSEE, Profiles.tennessee());
        assertEquals(Optional.of("Nashville"), CondorcetWinner.of(d));
        assertEquals(List.of(), CycleDetector.cycles(d));
        assertEquals(Optional.of("Nashville"), new SchulzeMethod().aggregate(TENNESSEE, Profiles.tennessee()).winner());
        assertEquals(Optional.of("Nashville"), new KemenyYoung().aggregate(TENNESSEE, Profiles.tennessee()).winner());
        assertEquals(List.of("Nashville", "Chattanooga", "Knoxville", "Memphis"),
                new SchulzeMethod().aggregate(TENNESSEE, Profiles.tennessee()).order());
    }

    @Test
    void rockPaperScissorsHasNoWinnerAndOneCycle() {
        PairwiseMatrix d = PairwiseMatrix.of(ids("A B C"), Profiles.cycle());
        assertEquals(Optional.empty(), CondorcetWinner.of(d));
        assertEquals(List.of(List.of("A", "B", "C")), CycleDetector.cycles(d));
    }

    @Test
    void cycleBelowAWinnerAndAnApplicationOutsideIt() {
        // D beats everybody, A/B/C go round, E loses to everybody
        PairwiseMatrix d = PairwiseMatrix.of(ids("A B C D E"),
                Profiles.ballots(1, "D>A>B>C>E", 1, "D>B>C>A>E", 1, "D>C>A>B>E"));
        assertEquals(Optional.of("D"), CondorcetWinner.of(d));
        assertEquals(List.of(List.of("A", "B", "C")), CycleDetector.cycles(d));
    }

    @Test
    void exactTieMeansNoWinnerAndNoCycle() {
        PairwiseMatrix d = PairwiseMatrix.of(ids("A B"), Profiles.ballots(1, "A>B", 1, "B>A"));
        assertEquals(Optional.empty(), CondorcetWinner.of(d));
        assertEquals(List.of(), CycleDetector.cycles(d));
    }

    @Test
    void twoSeparateCyclesAreReportedInCandidateOrder() {
        List<Ballot> ballots = Profiles.ballots(1, "D>E>F>A>B>C", 1, "E>F>D>B>C>A", 1, "F>D>E>C>A>B");
        PairwiseMatrix d = PairwiseMatrix.of(ids("A B C D E F"), ballots);
        assertEquals(List.of(List.of("A", "B", "C"), List.of("D", "E", "F")), CycleDetector.cycles(d));
    }
}
