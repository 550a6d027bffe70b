package no.rhf.servicemiljo.irf;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in member's ballot while it is being built: {@code tiers} as on a ballot (best first, ties in one
 * tier, possibly empty), saved {@code updatedAt}. Private and never counted; only the member themself reads it.
 */
public record BallotDraft(List<List<Long>> tiers, Instant updatedAt) {
}
