package no.rhf.servicemiljo.irf;

import java.time.Instant;

/**
 * The immutable snapshot the chair freezes: who and when, the method, every ballot (as text, with member
 * names and abstentions) and the resulting list as CSV, and the robustness panel as it stood (its table as CSV,
 * its text) with the region leading the service environment that day. Stored once (insert-only) and the source of
 * exports. The last three are null for snapshots frozen before they were recorded.
 */
public record FrozenResult(long roundId, Instant frozenAt, String frozenBy, String method, String ballots,
                           String resultCsv, String robustnessCsv, String robustnessText, String responsibleRegion) {

    /** False for snapshots frozen before the robustness panel was recorded. */
    public boolean hasRobustness() {
        return robustnessCsv != null;
    }
}
