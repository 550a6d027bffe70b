package no.rhf.servicemiljo.irf;

import java.time.Instant;

/** What everyone may see about an IRF member during the session: whether they have submitted, never the ballot. */
public record ParticipantStatus(long memberId, String fullName, String regionName, Instant submittedAt,
                                int conflicts) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
