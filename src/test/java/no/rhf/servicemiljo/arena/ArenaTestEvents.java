package no.rhf.servicemiljo.arena;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** Drafts for the arena tests: an event 30 days ahead, 10:00–15:30, registration open until the day before. */
final class ArenaTestEvents {

    private ArenaTestEvents() {
    }

    static EventDraft draft(String title, Short organiserRegion, Integer capacity) {
        LocalDateTime start = LocalDateTime.now(ArenaEvent.OSLO).plusDays(30).truncatedTo(ChronoUnit.DAYS).withHour(10);
        return new EventDraft(title, "Program, påmelding og praktisk informasjon", organiserRegion, Audience.EVERYONE, null, Set.of(),
                "Oslo kongressenter", "https://møte.example.no/rom-1", start, start.withHour(15).withMinute(30), capacity,
                start.minusDays(1));
    }

    static EventDraft withTimes(EventDraft d, LocalDateTime start, LocalDateTime end, LocalDateTime deadline) {
        return new EventDraft(d.title(), d.description(), d.organiserRegionId(), d.audience(), d.audienceRegionId(), d.unitIds(),
                d.location(), d.videoUrl(), start, end, d.capacity(), deadline);
    }
}
