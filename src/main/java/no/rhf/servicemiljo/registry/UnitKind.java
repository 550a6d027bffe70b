package no.rhf.servicemiljo.registry;

/** What kind of national service, network or centre a unit is (the i18n key is {@code kind.NAME}). */
public enum UnitKind {
    NATIONAL_TREATMENT_SERVICE,
    MULTI_REGIONAL_TREATMENT_SERVICE,
    NATIONAL_COMPETENCE_SERVICE,
    QUALITY_COMPETENCE_NETWORK,
    NATIONAL_CENTRE;

    public boolean isCompetenceService() {
        return this == NATIONAL_COMPETENCE_SERVICE;
    }

    public boolean isNetwork() {
        return this == QUALITY_COMPETENCE_NETWORK;
    }

    public boolean isMultiRegional() {
        return this == MULTI_REGIONAL_TREATMENT_SERVICE;
    }
}
