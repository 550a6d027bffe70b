package no.rhf.servicemiljo.registry;

/** A national competence service's function decides its term: training 5 years, competence building 10. */
public enum CompetenceFunction {
    TRAINING(5),
    COMPETENCE_BUILDING(10);

    private final int termYears;

    CompetenceFunction(int termYears) {
        this.termYears = termYears;
    }

    public int termYears() {
        return termYears;
    }
}
