package no.rhf.servicemiljo.irf;

/** The IRF ranking session of a round: members rank, then the chair reveals (ballot box closed), then freezes. */
public enum RoundPhase {
    RANKING, REVEALED, FROZEN
}
