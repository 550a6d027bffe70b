package no.rhf.servicemiljo.ern;

/** How a unit takes part in a European Reference Network. */
public enum ErnStatus {
    FULL_MEMBER,
    AFFILIATED_PARTNER,
    APPLICANT,
    ENDED;

    public boolean takesPart() {
        return this == FULL_MEMBER || this == AFFILIATED_PARTNER;
    }
}
