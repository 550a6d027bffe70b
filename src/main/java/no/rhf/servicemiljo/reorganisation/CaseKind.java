package no.rhf.servicemiljo.reorganisation;

import java.util.List;

/** What a reorganisation case is about, and the options its decision can choose from. */
public enum CaseKind {
    /** A national competence service whose term ends. */
    COMPETENCE_SERVICE,
    /** A quality and competence network in its sixth year: continue for a new period or not. */
    NETWORK_EVALUATION;

    public List<CaseOption> options() {
        return this == COMPETENCE_SERVICE
                ? List.of(CaseOption.OPERATIONAL_TASKS, CaseOption.INCLUSION_IN_TREATMENT_SERVICE,
                CaseOption.FURTHER_COMPETENCE_BUILDING, CaseOption.OTHER_ORGANISATIONAL_FORM, CaseOption.CLOSURE)
                : List.of(CaseOption.CONTINUE_NEW_PERIOD, CaseOption.NOT_CONTINUE);
    }
}
