package no.rhf.servicemiljo.registry;

/** The five options for reorganising a competence service (DOMAIN.md). */
public enum ReorganisationOption {
    OPERATIONAL_TASKS,
    INCLUSION_IN_TREATMENT_SERVICE,
    FURTHER_COMPETENCE_BUILDING,
    OTHER_ORGANISATIONAL_FORM,
    CLOSURE
}
