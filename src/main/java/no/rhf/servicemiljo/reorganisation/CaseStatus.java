package no.rhf.servicemiljo.reorganisation;

/** The steps of a case: åpen, til behandling i IRF, vedtatt, gjennomført, avsluttet. */
public enum CaseStatus {
    OPEN,
    IN_IRF,
    DECIDED,
    IMPLEMENTED,
    CLOSED;

    public boolean inProgress() {
        return this == OPEN || this == IN_IRF || this == DECIDED;
    }
}
