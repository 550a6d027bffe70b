package no.rhf.servicemiljo.irf.ranking;

import java.util.List;

/** A rule that turns ballots into a consensus ranking. Implementations are stateless and thread-safe. */
public interface AggregationMethod {

    /** Stable identifier, e.g. {@code "schulze"}; used as a key for UI texts. */
    String id();

    /** English description of the method and its conventions, for display next to the result. */
    String description();

    /** Aggregates an already validated profile (lets several methods share one {@link Profile}). */
    AggregationResult aggregate(Profile profile);

    /**
     * Validates the input and aggregates it.
     *
     * @param candidates all applications on the agenda, in a stable order
     * @throws IllegalArgumentException if the input is malformed
     */
    default AggregationResult aggregate(List<String> candidates, List<Ballot> ballots) {
        return aggregate(Profile.of(candidates, ballots));
    }
}
