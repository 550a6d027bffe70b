package no.rhf.servicemiljo.arena;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/** An event as stored, with its counts of registered and waiting participants. */
public record ArenaEvent(long id, String title, String description, Short organiserRegionId, Audience audience,
                         Short audienceRegionId, Set<Long> unitIds, String location, String videoUrl, Instant startsAt,
                         Instant endsAt, Integer capacity, Instant registrationDeadline, EventStatus status, Long createdBy,
                         int registered, int waiting, int calendarSequence) {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public boolean national() {
        return organiserRegionId == null;
    }

    public boolean full() {
        return capacity != null && registered >= capacity;
    }

    /** Seats left, or null without a capacity. */
    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - registered);
    }

    public boolean registrationOpen(Instant now) {
        return status == EventStatus.PUBLISHED && !now.isAfter(registrationDeadline);
    }

    /** Where it is: the place, the video link, or both. */
    public String where() {
        boolean place = location != null && !location.isBlank();
        boolean video = videoUrl != null && !videoUrl.isBlank();
        return place && video ? location + " / " + videoUrl : place ? location : video ? videoUrl : "";
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, OSLO);
    }

    public String path() {
        return "arenas/" + id;
    }
}
