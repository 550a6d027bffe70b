package no.rhf.servicemiljo.registry;

/** Where a unit is in its life. CONTINUED means continued as a network or centre (see the successor). */
public enum UnitStatus {
    ACTIVE,
    UNDER_REORGANISATION,
    CLOSED,
    CONTINUED;

    /** Units that are in operation and followed up (counted, reported on). */
    public boolean inOperation() {
        return this == ACTIVE || this == UNDER_REORGANISATION;
    }
}
