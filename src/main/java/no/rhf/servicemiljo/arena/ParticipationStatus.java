package no.rhf.servicemiljo.arena;

/** A participant has a seat, waits for one (first come, first served), or cancelled. */
public enum ParticipationStatus {
    REGISTERED, WAITING, CANCELLED
}
