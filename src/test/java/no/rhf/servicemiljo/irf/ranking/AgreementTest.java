package no.rhf.servicemiljo.irf.ranking;

import org.junit.jupiter.api.Test;

import static no.rhf.servicemiljo.irf.ranking.Profiles.ballot;
import static no.rhf.servicemiljo.irf.ranking.Profiles.tiers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementTest {

    @Test
    void identicalIsOneAndReversedIsMinusOne() {
        Agreement same = Agreement.kendallTauB(ballot("v1", "A>B>C>D"), tiers("A>B>C>D"));
        assertEquals(new Agreement("v1", 1.0, true, 4), same);
        assertEquals(-1.0, Agreement.kendallTauB(ballot("v1", "D>C>B>A"), tiers("A>B>C>D")).tau());
    }

    @Test
    void tauBCorrectsForTies() {
        // pairs AB, AC concordant; BC tied on the ballot only: 2 / sqrt(2 * 3)
        assertEquals(2 / Math.sqrt(6), Agreement.kendallTauB(ballot("v1", "A>B=C"), tiers("A>B>C")).tau(), 1e-12);
        // unranked C and D are tied at the bottom of the ballot, consistent with consensus A>B>C=D
        assertEquals(1.0, Agreement.kendallTauB(ballot("v1", "A>B"), tiers("A>B>C=D")).tau(), 1e-12);
    }

    @Test
    void excludedApplicationsAreSkipped() {
        Agreement a = Agreement.kendallTauB(ballot("v1", "B>C", "A"), tiers("C>A>B"));
        assertEquals(2, a.compared());
        assertEquals(-1.0, a.tau());
    }

    @Test
    void undefinedIsZeroWithFlag() {
        Agreement allTied = Agreement.kendallTauB(ballot("v1", ""), tiers("A>B>C"));
        assertEquals(0.0, allTied.tau());
        assertFalse(allTied.defined());
        Agreement single = Agreement.kendallTauB(ballot("v1", "A", "B"), tiers("A>B"));
        assertFalse(single.defined());
        assertEquals(1, single.compared());
        assertTrue(Agreement.kendallTauB(ballot("v1", "A"), tiers("A>B")).defined());
    }

    @Test
    void unknownApplicationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.kendallTauB(ballot("v1", "X"), tiers("A>B")));
    }
}
