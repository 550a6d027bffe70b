package no.rhf.servicemiljo.reorganisation;

import no.rhf.servicemiljo.registry.ReorganisationOption;

/**
 * The options a case decides between: the registry's five for a competence service (DOMAIN.md), and
 * continue / not continue for a network's year-six evaluation.
 */
public enum CaseOption {
    OPERATIONAL_TASKS(ReorganisationOption.OPERATIONAL_TASKS),
    INCLUSION_IN_TREATMENT_SERVICE(ReorganisationOption.INCLUSION_IN_TREATMENT_SERVICE),
    FURTHER_COMPETENCE_BUILDING(ReorganisationOption.FURTHER_COMPETENCE_BUILDING),
    OTHER_ORGANISATIONAL_FORM(ReorganisationOption.OTHER_ORGANISATIONAL_FORM),
    CLOSURE(ReorganisationOption.CLOSURE),
    CONTINUE_NEW_PERIOD(null),
    NOT_CONTINUE(null);

    private final ReorganisationOption registryOption;

    CaseOption(ReorganisationOption registryOption) {
        this.registryOption = registryOption;
    }

    /** The registry's option for a competence service; null for a network evaluation. */
    public ReorganisationOption registryOption() {
        return registryOption;
    }

    /** Whether applying the outcome creates a successor (a new network or centre). */
    public boolean createsSuccessor() {
        return this == OTHER_ORGANISATIONAL_FORM;
    }
}
