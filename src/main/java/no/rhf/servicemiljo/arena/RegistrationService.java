package no.rhf.servicemiljo.arena;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registrations: users register and cancel themselves; the organiser registers and cancels invited contacts (name and
 * e-mail, no user account) and anyone on the list. At capacity a registration goes on the waiting list (first come,
 * first served); when someone with a seat cancels, the first on the waiting list gets the seat and a mail. Every
 * registration and cancellation of an event first locks the event's row, so two people taking the last seat at the
 * same moment queue up and never overbook, on any node.
 */
@Service
public class RegistrationService {

    public static final int MAX_NAME = 150;
    public static final int MAX_EMAIL = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ArenaRepository repository;
    private final ArenaEventService eventService;
    private final ArenaMails mails;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(ArenaRepository repository, ArenaEventService eventService, ArenaMails mails, UserService users,
                        ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.eventService = eventService;
        this.mails = mails;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the signed-in user: a seat, or the waiting list when full. Registering again changes nothing. */
    @PermitAll
    @Transactional
    public ParticipationStatus register(long eventId) {
        AppUserPrincipal me = CurrentUser.require();
        ArenaEvent event = openForRegistration(eventId);
        if (!repository.visibleTo(eventId, me.id(), me.regionId(), ArenaAccess.seesAll(me))) {
            throw new AccessDeniedException("Arrangementet er ikke for denne brukeren");
        }
        String locale = users.find(me.id()).map(AppUser::getLocale).orElse("nb");
        return add(event, me.id(), me.fullName(), me.email(), locale, me.id());
    }

    /** The organiser registers an invited contact (or any person) by name and e-mail. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public ParticipationStatus registerContact(long eventId, String name, String email) {
        AppUserPrincipal me = CurrentUser.require();
        eventService.organisable(eventId, me);
        TextSafety.requireStorable("name", name, MAX_NAME);
        TextSafety.requireStorable("email", email, MAX_EMAIL);
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip();
        if (cleanName.isEmpty()) {
            throw new FieldValidationException("name", "arena.error.name-required");
        }
        if (!EMAIL.matcher(cleanEmail).matches()) {
            throw new FieldValidationException("email", "arena.error.email");
        }
        ArenaEvent event = openForRegistration(eventId);
        Optional<AppUser> account = users.activeUsers().stream().filter(u -> u.getEmail().equalsIgnoreCase(cleanEmail)).findFirst();
        return add(event, account.map(AppUser::getId).orElse(null), cleanName, cleanEmail,
                account.map(AppUser::getLocale).orElse("nb"), me.id());
    }

    /** The signed-in user cancels their registration (or leaves the waiting list). */
    @PermitAll
    @Transactional
    public void cancelMine(long eventId) {
        AppUserPrincipal me = CurrentUser.require();
        repository.lock(eventId);
        Participant mine = repository.byEmail(eventId, me.email()).filter(p -> p.userId() != null && p.userId() == me.id())
                .filter(Participant::active)
                .orElseThrow(() -> new FieldValidationException("registration", "arena.error.not-registered"));
        cancel(mine);
    }

    /** The organiser cancels someone's registration (an invited contact who wrote to them, for example). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void cancelParticipant(long participantId) {
        AppUserPrincipal me = CurrentUser.require();
        Participant participant = repository.participant(participantId)
                .orElseThrow(() -> new FieldValidationException("registration", "arena.error.not-registered"));
        eventService.organisable(participant.eventId(), me);
        repository.lock(participant.eventId());
        repository.participant(participantId).filter(Participant::active).ifPresent(this::cancel);
    }

    /** Locks the event's row, then checks that it takes registrations now. */
    private ArenaEvent openForRegistration(long eventId) {
        if (!repository.lock(eventId)) {
            throw new FieldValidationException("registration", "arena.error.gone");
        }
        ArenaEvent event = repository.find(eventId).orElseThrow();
        if (event.status() == EventStatus.CANCELLED) {
            throw new FieldValidationException("registration", "arena.error.event-cancelled");
        }
        if (event.status() != EventStatus.PUBLISHED) {
            throw new FieldValidationException("registration", "arena.error.not-published");
        }
        if (clock.instant().isAfter(event.registrationDeadline())) {
            throw new FieldValidationException("registration", "arena.error.deadline-passed");
        }
        return event;
    }

    private ParticipationStatus add(ArenaEvent event, Long userId, String name, String email, String locale, long addedBy) {
        Optional<Participant> existing = repository.byEmail(event.id(), email);
        if (existing.isPresent() && existing.get().active()) {
            return existing.get().status();
        }
        Instant now = clock.instant();
        int registered = repository.registeredCount(event.id());
        ParticipationStatus status = event.capacity() == null || registered < event.capacity()
                ? ParticipationStatus.REGISTERED : ParticipationStatus.WAITING;
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            repository.reRegister(id, name, status, now);
        } else {
            id = repository.insertParticipant(event.id(), userId, name, email, locale, status, now, addedBy);
        }
        Participant participant = repository.participant(id).orElseThrow();
        mails.send(event, participant, status == ParticipationStatus.REGISTERED ? ArenaMails.Type.CONFIRMED : ArenaMails.Type.WAITING);
        events.publishEvent(new ArenaChanged(event.id()));
        return status;
    }

    /** Inside the event's lock: the participant cancels; a freed seat goes to the first on the waiting list. */
    private void cancel(Participant participant) {
        Instant now = clock.instant();
        repository.setParticipantStatus(participant.id(), ParticipationStatus.CANCELLED, now);
        ArenaEvent event = repository.find(participant.eventId()).orElseThrow();
        if (participant.status() == ParticipationStatus.REGISTERED && event.status() == EventStatus.PUBLISHED
                && now.isBefore(event.startsAt()) && !event.full()) {
            repository.firstWaiting(event.id()).ifPresent(next -> {
                repository.setParticipantStatus(next.id(), ParticipationStatus.REGISTERED, now);
                mails.send(event, repository.participant(next.id()).orElseThrow(), ArenaMails.Type.PROMOTED);
            });
        }
        events.publishEvent(new ArenaChanged(event.id()));
    }
}
