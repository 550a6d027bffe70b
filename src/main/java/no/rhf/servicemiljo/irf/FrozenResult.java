package no.rhf.servicemiljo.irf;

import java.time.Instant;

/**
 * The immutable snapshot the chair freezes: who and when, the method, every ballot (as text, with member
 * names and abstentions) and the resulting list as CSV. Stored once (insert-only) and the source of exports.
 */
public record FrozenResult(long roundId, Instant frozenAt, String frozenBy, String method, String ballots,
                           String resultCsv) {
}
