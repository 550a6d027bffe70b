package no.rhf.servicemiljo.arena;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dialogue arenas and events: organisers create, change, publish and cancel them (a changed title, time or place of a
 * published event, and cancelling it, mail everyone registered or waiting the event's new calendar entry); everyone
 * sees the upcoming events meant for them with their own registration status. Every field is checked here, before
 * anything is stored; who may organise which event is {@link ArenaAccess}.
 */
@Service
@Transactional(readOnly = true)
public class ArenaEventService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_LOCATION = 300;
    public static final int MAX_URL = 500;
    public static final int MAX_CAPACITY = 100_000;

    private final ArenaRepository repository;
    private final ArenaAccess access;
    private final ArenaMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArenaEventService(ArenaRepository repository, ArenaAccess access, ArenaMails mails, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** The events not yet ended that are meant for the signed-in user, with their registration status, soonest first. */
    @PermitAll
    public List<MyEvent> upcomingForMe() {
        AppUserPrincipal me = CurrentUser.require();
        Map<Long, ParticipationStatus> mine = repository.statusesOf(me.id());
        return repository.visible(me.id(), me.regionId(), ArenaAccess.seesAll(me), clock.instant()).stream()
                .map(e -> new MyEvent(e, mine.get(e.id()))).toList();
    }

    /** One event, if the signed-in user may see it (organisers also see drafts they may organise). */
    @PermitAll
    public Optional<ArenaEvent> find(long id) {
        AppUserPrincipal me = CurrentUser.require();
        return repository.find(id).filter(e -> access.mayOrganise(me, e.organiserRegionId())
                || e.status() != EventStatus.DRAFT && repository.visibleTo(id, me.id(), me.regionId(), ArenaAccess.seesAll(me)));
    }

    /** The signed-in user's own registration status for an event (null: not registered). */
    @PermitAll
    public ParticipationStatus myStatus(long eventId) {
        return repository.statusesOf(CurrentUser.require().id()).get(eventId);
    }

    /** Every event the signed-in user may organise, drafts and past ones too, the latest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    public List<ArenaEvent> organisedByMe() {
        AppUserPrincipal me = CurrentUser.require();
        return repository.all().stream().filter(e -> access.mayOrganise(me, e.organiserRegionId())).toList();
    }

    @PermitAll
    public boolean mayOrganise(ArenaEvent event) {
        return CurrentUser.get().map(me -> access.mayOrganise(me, event.organiserRegionId())).orElse(false);
    }

    /** Whether the signed-in user may organise national events (ADMIN, or a coordinator of the leading region). */
    @PermitAll
    public boolean mayOrganiseNational() {
        return CurrentUser.get().map(me -> access.mayOrganise(me, null)).orElse(false);
    }

    /**
     * Creates (id null) or changes an event. A new event is a draft until published; a published one whose title, time or
     * place changes gets a new calendar revision, mailed to everyone registered or waiting.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public long save(Long id, EventDraft draft) {
        AppUserPrincipal me = CurrentUser.require();
        ArenaRepository.EventValues values = check(draft, id == null);
        access.requireOrganiser(me, values.organiserRegionId());
        long eventId;
        if (id == null) {
            eventId = repository.insert(values, me.id());
        } else {
            ArenaEvent existing = organisable(id, me);
            if (existing.status() == EventStatus.CANCELLED) {
                throw new FieldValidationException("title", "arena.error.cancelled-no-edit");
            }
            repository.update(id, values);
            eventId = id;
            if (existing.status() == EventStatus.PUBLISHED && changesTheCalendar(existing, values)) {
                repository.reviseCalendar(id);
                ArenaEvent changed = repository.find(id).orElseThrow();
                mailActive(changed, ArenaMails.Type.CHANGED);
            }
        }
        events.publishEvent(new ArenaChanged(eventId));
        return eventId;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void publish(long id) {
        AppUserPrincipal me = CurrentUser.require();
        ArenaEvent event = organisable(id, me);
        if (event.status() != EventStatus.DRAFT) {
            throw new FieldValidationException("status", "arena.error.not-draft");
        }
        repository.setStatus(id, EventStatus.PUBLISHED, clock.instant());
        events.publishEvent(new ArenaChanged(id));
    }

    /** Cancels the event: no more registrations, and everyone registered or waiting gets a cancellation mail. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public int cancel(long id) {
        AppUserPrincipal me = CurrentUser.require();
        repository.lock(id);
        ArenaEvent event = organisable(id, me);
        if (event.status() == EventStatus.CANCELLED) {
            return 0;
        }
        repository.setStatus(id, EventStatus.CANCELLED, clock.instant());
        int mailed = 0;
        if (event.status() == EventStatus.PUBLISHED) {
            repository.reviseCalendar(id);
            mailed = mailActive(repository.find(id).orElseThrow(), ArenaMails.Type.CANCELLED);
        }
        events.publishEvent(new ArenaChanged(id));
        return mailed;
    }

    /** Mails everyone registered or waiting; how many. */
    private int mailActive(ArenaEvent event, ArenaMails.Type type) {
        int mailed = 0;
        for (Participant p : repository.participants(event.id())) {
            if (p.active()) {
                mails.send(event, p, type);
                mailed++;
            }
        }
        return mailed;
    }

    /** What a participant's calendar entry shows: its title, time and place (a change of the rest is not mailed). */
    private static boolean changesTheCalendar(ArenaEvent before, ArenaRepository.EventValues after) {
        return !before.title().equals(after.title()) || !before.startsAt().equals(after.startsAt())
                || !before.endsAt().equals(after.endsAt()) || !java.util.Objects.equals(before.location(), after.location())
                || !java.util.Objects.equals(before.videoUrl(), after.videoUrl());
    }

    /** The participant list, registered first, then the waiting list in order, then those who cancelled. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    public List<Participant> participants(long eventId) {
        organisable(eventId, CurrentUser.require());
        return repository.participants(eventId);
    }

    ArenaEvent organisable(long id, AppUserPrincipal me) {
        ArenaEvent event = repository.find(id).orElseThrow(() -> new FieldValidationException("title", "arena.error.gone"));
        if (!access.mayOrganise(me, event.organiserRegionId())) {
            throw new AccessDeniedException("Ikke arrangør av dette arrangementet");
        }
        return event;
    }

    private ArenaRepository.EventValues check(EventDraft d, boolean isNew) {
        String title = text("title", d.title(), MAX_TITLE);
        if (title.isEmpty()) {
            throw new FieldValidationException("title", "arena.error.title-required");
        }
        String description = text("description", d.description(), MAX_DESCRIPTION);
        if (d.audience() == null) {
            throw new FieldValidationException("audience", "arena.error.audience-required");
        }
        if (d.audience() == Audience.REGION && d.audienceRegionId() == null) {
            throw new FieldValidationException("audienceRegion", "arena.error.audience-region-required");
        }
        if ((d.audience() == Audience.UNITS || d.audience() == Audience.REFERENCE_GROUPS) && d.unitIds().isEmpty()) {
            throw new FieldValidationException("units", "arena.error.units-required");
        }
        String location = text("location", d.location(), MAX_LOCATION);
        String videoUrl = text("videoUrl", d.videoUrl(), MAX_URL);
        if (location.isEmpty() && videoUrl.isEmpty()) {
            throw new FieldValidationException("location", "arena.error.where-required");
        }
        if (!videoUrl.isEmpty() && !validUrl(videoUrl)) {
            throw new FieldValidationException("videoUrl", "arena.error.url");
        }
        if (d.startsAt() == null) {
            throw new FieldValidationException("startsAt", "arena.error.start-required");
        }
        if (d.endsAt() == null) {
            throw new FieldValidationException("endsAt", "arena.error.end-required");
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new FieldValidationException("endsAt", "arena.error.end-before-start");
        }
        if (d.startsAt().getYear() > 2100) {
            throw new FieldValidationException("startsAt", "arena.error.start-range");
        }
        Instant start = instant(d.startsAt());
        if (isNew && start.isBefore(clock.instant())) {
            throw new FieldValidationException("startsAt", "arena.error.start-past");
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > MAX_CAPACITY)) {
            throw new FieldValidationException("capacity", "arena.error.capacity", MAX_CAPACITY);
        }
        if (d.registrationDeadline() == null) {
            throw new FieldValidationException("registrationDeadline", "arena.error.deadline-required");
        }
        if (!d.registrationDeadline().isBefore(d.startsAt())) {
            throw new FieldValidationException("registrationDeadline", "arena.error.deadline-after-start");
        }
        return new ArenaRepository.EventValues(title, description, d.organiserRegionId(), d.audience(),
                d.audience() == Audience.REGION ? d.audienceRegionId() : null,
                d.audience() == Audience.UNITS || d.audience() == Audience.REFERENCE_GROUPS ? d.unitIds() : java.util.Set.of(),
                location.isEmpty() ? null : location, videoUrl.isEmpty() ? null : videoUrl, start, instant(d.endsAt()),
                d.capacity(), instant(d.registrationDeadline()));
    }

    /** An absolute http(s) address with a host (international names such as møte.example.no too), no spaces. */
    static boolean validUrl(String text) {
        try {
            URI uri = new URI(text);
            String host = uri.getHost() != null ? uri.getHost() : uri.getAuthority();
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && host != null && host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
        } catch (Exception e) {
            return false;
        }
    }

    private static String text(String field, String value, int max) {
        TextSafety.requireStorable(field, value, max);
        return value == null ? "" : value.strip();
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(ArenaEvent.OSLO).toInstant();
    }
}
