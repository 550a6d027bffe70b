package no.rhf.servicemiljo.arena;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the organiser fills in. Times are wall-clock times in Europe/Oslo. {@code organiserRegionId} null is a national
 * event; {@code audienceRegionId} is for {@link Audience#REGION}, {@code unitIds} for UNITS and REFERENCE_GROUPS.
 */
public record EventDraft(String title, String description, Short organiserRegionId, Audience audience, Short audienceRegionId,
                         Set<Long> unitIds, String location, String videoUrl, LocalDateTime startsAt, LocalDateTime endsAt,
                         Integer capacity, LocalDateTime registrationDeadline) {

    public EventDraft {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }

    public static EventDraft of(ArenaEvent event) {
        return new EventDraft(event.title(), event.description(), event.organiserRegionId(), event.audience(), event.audienceRegionId(),
                event.unitIds(), event.location(), event.videoUrl(), ArenaEvent.local(event.startsAt()), ArenaEvent.local(event.endsAt()),
                event.capacity(), ArenaEvent.local(event.registrationDeadline()));
    }
}
