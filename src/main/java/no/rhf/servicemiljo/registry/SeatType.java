package no.rhf.servicemiljo.registry;

/** Seats of a reference group: one per RHF, a user representative and a representative of the service. */
public enum SeatType {
    RHF_REPRESENTATIVE,
    USER_REPRESENTATIVE,
    SERVICE_REPRESENTATIVE
}
