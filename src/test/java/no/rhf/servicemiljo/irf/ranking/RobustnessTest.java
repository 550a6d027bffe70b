package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static no.rhf.servicemiljo.irf.ranking.Profiles.ballots;
import static no.rhf.servicemiljo.irf.ranking.Profiles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The robustness figures against small profiles computed by hand (worked out in the comments). */
class RobustnessTest {

    /**
     * v1, v2, v5: A>B>C; v3, v4: B>C>A. Head to head A–B 3–2, A–C 3–2, B–C 5–0, so Schulze and Kemeny give A, B, C.
     * Borda: A 2+2+0+0+2 = 6, B 1+1+2+2+1 = 7, C 2: B wins Borda. Without v3 (or v4): A 6, B 5, so Borda's winner
     * becomes A. Without v1 (or v2, v5): A–B and A–C are 2–2, so Schulze puts A and B together in first place.
     */
    private static final List<Ballot> SPLIT = ballots(2, "A>B>C", 2, "B>C>A", 1, "A>B>C");

    @Test
    void removingOneBallotChangesTheWinner() {
        Robustness.Report r = Robustness.analyse(ids("A B C"), SPLIT, ids("A B C"));
        assertEquals(List.of("A", "B", "C"), r.positions().stream().map(Robustness.Position::id).toList());
        assertEquals(5, r.ballots());

        Robustness.Position a = r.position("A");
        assertEquals(1, a.place());
        assertEquals(new Robustness.MethodPlace(SchulzeMethod.ID, 1, 1, 1), a.method(SchulzeMethod.ID));
        assertEquals(new Robustness.MethodPlace(BordaCount.ID, 2, 1, 2), a.method(BordaCount.ID), "Borda's winner without v3 or v4");
        // Without v1: A,B,C, B,A,C and B,C,A all score 2+2+4 = 8; the first optimum in candidate order keeps A first.
        assertEquals(new Robustness.MethodPlace(KemenyYoung.ID, 1, 1, 1), a.method(KemenyYoung.ID));
        assertEquals(List.of("v1", "v2", "v5"), a.changedBy(), "without one of them A shares first place with B");
        assertEquals(Robustness.Verdict.DEPENDS_ON_ONE_MEMBER, a.verdict());

        Robustness.Position b = r.position("B");
        assertEquals(new Robustness.MethodPlace(SchulzeMethod.ID, 2, 1, 2), b.method(SchulzeMethod.ID));
        assertEquals(new Robustness.MethodPlace(BordaCount.ID, 1, 1, 2), b.method(BordaCount.ID));
        assertEquals(Robustness.Verdict.DEPENDS_ON_ONE_MEMBER, b.verdict());

        Robustness.Position c = r.position("C");
        assertEquals(Robustness.Verdict.ROBUST, c.verdict(), "last whichever ballot is removed (B beats C 5–0)");
        assertTrue(c.changedBy().isEmpty());
        assertFalse(c.method(SchulzeMethod.ID).moves());

        assertEquals(List.of(new Robustness.Duel("A", "B", 3, 2), new Robustness.Duel("B", "C", 5, 0)), r.margins());
        assertEquals(1, r.margins().getFirst().margin());
        assertTrue(r.cycles().isEmpty());
        assertTrue(r.kemenyProven());
    }

    @Test
    void aCycleIsToldAsOneRoundOfWinsAndEveryoneIsTied() {
        // A>B>C, B>C>A, C>A>B: A beats B 2–1, B beats C 2–1, C beats A 2–1.
        Robustness.Report r = Robustness.analyse(ids("A B C"), Profiles.cycle(), ids("A B C"));
        assertEquals(List.of(List.of(new Robustness.Duel("A", "B", 2, 1), new Robustness.Duel("B", "C", 2, 1),
                new Robustness.Duel("C", "A", 2, 1))), r.cycles());
        assertTrue(r.positions().stream().allMatch(p -> p.verdict() == Robustness.Verdict.TIED));
        // Schulze ties all three, so the strict order is Borda (all 3) then the fallback order.
        assertEquals(List.of("A", "B", "C"), r.positions().stream().map(Robustness.Position::id).toList());
    }

    @Test
    void aClearMajorityIsRobust() {
        // Four ballots A>B>C and one C>B>A: every pair 4–1; without any one ballot still at least 3–1.
        Robustness.Report r = Robustness.analyse(ids("A B C"), ballots(4, "A>B>C", 1, "C>B>A"), ids("C B A"));
        assertTrue(r.positions().stream().allMatch(p -> p.verdict() == Robustness.Verdict.ROBUST));
        assertEquals(List.of(new Robustness.Duel("A", "B", 4, 1), new Robustness.Duel("B", "C", 4, 1)), r.margins());
        assertTrue(r.positions().stream().flatMap(p -> p.methods().stream()).noneMatch(Robustness.MethodPlace::moves));
    }

    @Test
    void abstentionsAndASingleBallot() {
        // One ballot: without it nothing is assessed and everything shares first place.
        Robustness.Report r = Robustness.analyse(ids("A B"), List.of(Profiles.ballot("v1", "A>B")), ids("A B"));
        assertEquals(Robustness.Verdict.DEPENDS_ON_ONE_MEMBER, r.position("A").verdict());
        assertEquals(List.of("v1"), r.position("B").changedBy());
        assertEquals(new Robustness.MethodPlace(SchulzeMethod.ID, 2, 1, 2), r.position("B").method(SchulzeMethod.ID));
    }

    @Test
    void idsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> Robustness.analyse(List.of("A", " B"), List.of(), List.of("A", " B")));
        assertThrows(IllegalArgumentException.class, () -> Robustness.analyse(List.of("A", ""), List.of(), List.of("A", "")));
        assertThrows(IllegalArgumentException.class, () -> new Ballot("v", List.of(Set.of("A ")), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Ballot("v", List.of(Set.of("A")), Set.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> Robustness.analyse(ids("A B"), SPLIT.subList(0, 1), ids("A B"),
                List.of(new BordaCount())), "Schulze gives the verdict");
    }
}
