package no.rhf.servicemiljo.arena;

import java.time.Instant;

/** One registration; {@code userId} is null for an invited contact without a user account. */
public record Participant(long id, long eventId, Long userId, String name, String email, String locale,
                          ParticipationStatus status, Instant registeredAt, Instant cancelledAt) {

    public boolean active() {
        return status != ParticipationStatus.CANCELLED;
    }
}
