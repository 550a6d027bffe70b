package no.rhf.servicemiljo.assessment;

/** How a follow-up need carried over from last year ended: gjennomført, delvis, ikke gjennomført, ikke lenger relevant. */
public enum ClosingStatus {
    DONE, PARTLY_DONE, NOT_DONE, NO_LONGER_RELEVANT
}
