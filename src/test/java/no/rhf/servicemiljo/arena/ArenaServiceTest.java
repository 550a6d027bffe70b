package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.leadership.LeadershipService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.ReminderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events and registrations with bad input, the waiting list, who organises what, and events as deadlines. */
@Transactional
class ArenaServiceTest extends ServiceTest {

    private static final Map<Short, String> COORDINATORS = Map.of(Region.HELSE_SOR_OST, TestUsers.COORDINATOR_SOR_OST,
            Region.HELSE_VEST, TestUsers.COORDINATOR_VEST, Region.HELSE_MIDT_NORGE, TestUsers.COORDINATOR_MIDT,
            Region.HELSE_NORD, TestUsers.COORDINATOR_NORD);

    @Autowired
    ArenaEventService events;
    @Autowired
    RegistrationService registrations;
    @Autowired
    ReminderService reminders;
    @Autowired
    LeadershipService leadership;
    @Autowired
    Messages messages;
    @Autowired
    JdbcTemplate jdbc;

    private long published(EventDraft draft) {
        long id = events.save(null, draft);
        events.publish(id);
        return id;
    }

    private static void assertField(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessageKey()).isEqualTo(key);
        });
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsStored() {
        signIn(TestUsers.ADMIN);
        EventDraft ok = ArenaTestEvents.draft("Dialogdag test", null, 10);
        int before = jdbc.queryForObject("select count(*) from arena_event", Integer.class);
        assertField(() -> events.save(null, ArenaTestEvents.withTimes(ok, ok.startsAt(), ok.startsAt().minusHours(1), ok.registrationDeadline())),
                "endsAt", "arena.error.end-before-start");
        assertField(() -> events.save(null, ArenaTestEvents.withTimes(ok, ok.startsAt(), ok.startsAt(), ok.registrationDeadline())),
                "endsAt", "arena.error.end-before-start");
        assertField(() -> events.save(null, ArenaTestEvents.withTimes(ok, ok.startsAt(), ok.endsAt(), ok.startsAt().plusMinutes(5))),
                "registrationDeadline", "arena.error.deadline-after-start");
        assertField(() -> events.save(null, new EventDraft(ok.title(), "", null, Audience.EVERYONE, null, Set.of(), "", "møte.example.no",
                ok.startsAt(), ok.endsAt(), null, ok.registrationDeadline())), "videoUrl", "arena.error.url");
        assertField(() -> events.save(null, new EventDraft(ok.title(), "", null, Audience.EVERYONE, null, Set.of(), " ", "",
                ok.startsAt(), ok.endsAt(), null, ok.registrationDeadline())), "location", "arena.error.where-required");
        assertField(() -> events.save(null, new EventDraft(ok.title(), "", null, Audience.EVERYONE, null, Set.of(), "Bergen", null,
                ok.startsAt(), ok.endsAt(), 0, ok.registrationDeadline())), "capacity", "arena.error.capacity");
        assertField(() -> events.save(null, new EventDraft("  ", "", null, Audience.EVERYONE, null, Set.of(), "Bergen", null,
                ok.startsAt(), ok.endsAt(), null, ok.registrationDeadline())), "title", "arena.error.title-required");
        assertField(() -> events.save(null, new EventDraft(ok.title(), "", null, Audience.REGION, null, Set.of(), "Bergen", null,
                ok.startsAt(), ok.endsAt(), null, ok.registrationDeadline())), "audienceRegion", "arena.error.audience-region-required");
        assertField(() -> events.save(null, new EventDraft("x".repeat(201), "", null, Audience.EVERYONE, null, Set.of(), "Bergen", null,
                ok.startsAt(), ok.endsAt(), null, ok.registrationDeadline())), "title", "text.error.too-long");
        assertThat(jdbc.queryForObject("select count(*) from arena_event", Integer.class)).isEqualTo(before);
        assertThat(messages.get("arena.error.end-before-start", Locale.forLanguageTag("nb"))).isEqualTo("Slutten må være etter starten.");
    }

    @Test
    void aRegionalCoordinatorOrganisesOnlyTheirOwnRegionsArenasAndNationalOnesOnlyWhenTheirRegionLeads() {
        short leading = leadership.status().current().orElseThrow().getRegion().getId();
        short other = leading == Region.HELSE_VEST ? Region.HELSE_NORD : Region.HELSE_VEST;
        signIn(COORDINATORS.get(other));
        long own = events.save(null, ArenaTestEvents.draft("Regional arena", other, 20));
        assertThat(events.find(own)).isPresent();
        assertThatThrownBy(() -> events.save(null, ArenaTestEvents.draft("Annen regions arena", leading, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.save(null, ArenaTestEvents.draft("Nasjonal dialogdag", null, 20)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.mayOrganiseNational()).isFalse();

        signIn(COORDINATORS.get(leading));
        assertThat(events.mayOrganiseNational()).isTrue();
        long national = events.save(null, ArenaTestEvents.draft("Nasjonal dialogdag", null, 20));
        assertThatThrownBy(() -> events.save(own, ArenaTestEvents.draft("Overtatt", other, 20))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.publish(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.participants(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.cancel(own)).isInstanceOf(AccessDeniedException.class);

        signIn(COORDINATORS.get(other));
        assertThatThrownBy(() -> events.publish(national)).isInstanceOf(AccessDeniedException.class);
        assertThat(events.organisedByMe()).extracting(ArenaEvent::id).contains(own).doesNotContain(national);
        signIn(TestUsers.REFERENCE_MEMBER);
        assertThatThrownBy(() -> events.save(null, ArenaTestEvents.draft("Uten rolle", null, 20))).isInstanceOf(AccessDeniedException.class);
        assertThat(events.find(own)).as("a draft is seen only by organisers").isEmpty();
    }

    @Test
    void atCapacityRegistrationsGoToTheWaitingListAndACancellationMovesTheFirstUpWithAMail() {
        signIn(TestUsers.ADMIN);
        long id = published(ArenaTestEvents.draft("Dialogdag med én plass", null, 1));
        signIn(TestUsers.REFERENCE_MEMBER);
        assertThat(registrations.register(id)).isEqualTo(ParticipationStatus.REGISTERED);
        assertThat(registrations.register(id)).as("registering again changes nothing").isEqualTo(ParticipationStatus.REGISTERED);
        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertThat(registrations.register(id)).isEqualTo(ParticipationStatus.WAITING);
        signIn(TestUsers.SERVICE_CONTACT);
        assertThat(registrations.register(id)).isEqualTo(ParticipationStatus.WAITING);
        assertThat(events.upcomingForMe()).filteredOn(m -> m.event().id() == id).singleElement()
                .satisfies(m -> assertThat(m.myStatus()).isEqualTo(ParticipationStatus.WAITING));

        signIn(TestUsers.REFERENCE_MEMBER);
        registrations.cancelMine(id);
        signIn(TestUsers.ADMIN);
        List<Participant> list = events.participants(id);
        assertThat(list).extracting(Participant::status).containsExactly(ParticipationStatus.REGISTERED, ParticipationStatus.WAITING,
                ParticipationStatus.CANCELLED);
        String promoted = jdbc.queryForObject("select email from app_user where username = ?", String.class, TestUsers.REFERENCE_MEMBER_VEST);
        assertThat(list.getFirst().email()).isEqualTo(promoted);
        assertThat(jdbc.queryForList("select subject from reminder_outbox where recipient_email = ? and deadline_path = ? order by id",
                String.class, promoted, "arenas/" + id))
                .containsExactly("På venteliste: Dialogdag med én plass", "Du har fått plass: Dialogdag med én plass");
        assertThat(events.find(id).orElseThrow().full()).isTrue();
    }

    @Test
    void registrationAfterTheDeadlineOrForACancelledEventIsRefusedWithANorwegianMessage() {
        signIn(TestUsers.ADMIN);
        EventDraft draft = ArenaTestEvents.draft("Fristen er ute", null, null);
        LocalDateTime start = LocalDateTime.now(ArenaEvent.OSLO).plusDays(1);
        long late = published(ArenaTestEvents.withTimes(draft, start, start.plusHours(2), LocalDateTime.now(ArenaEvent.OSLO).minusHours(1)));
        long cancelled = published(ArenaTestEvents.draft("Avlyses", null, null));
        signIn(TestUsers.IRF_MEMBER);
        registrations.register(cancelled);
        signIn(TestUsers.ADMIN);
        assertThat(events.cancel(cancelled)).as("one cancellation mail").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from reminder_outbox where deadline_path = ? and subject like 'Avlyst:%'",
                Integer.class, "arenas/" + cancelled)).isEqualTo(1);

        signIn(TestUsers.REFERENCE_MEMBER);
        assertThatThrownBy(() -> registrations.register(late)).isInstanceOfSatisfying(FieldValidationException.class, e ->
                assertThat(messages.get(e.getMessageKey(), Locale.forLanguageTag("nb"))).isEqualTo("Påmeldingsfristen er ute."));
        assertThatThrownBy(() -> registrations.register(cancelled)).isInstanceOfSatisfying(FieldValidationException.class, e ->
                assertThat(messages.get(e.getMessageKey(), Locale.forLanguageTag("nb")))
                        .isEqualTo("Arrangementet er avlyst, så påmelding er ikke mulig."));
        signIn(TestUsers.ADMIN);
        assertThatThrownBy(() -> registrations.registerContact(late, "Kari Nordmann", "kari@example.no"))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("arena.error.deadline-passed"));
    }

    @Test
    void theOrganiserRegistersAnInvitedContactWithAValidAddressOnly() {
        signIn(TestUsers.ADMIN);
        long id = published(ArenaTestEvents.draft("Med inviterte", null, 5));
        assertField(() -> registrations.registerContact(id, "Kari Nordmann", "kari.example.no"), "email", "arena.error.email");
        assertField(() -> registrations.registerContact(id, " ", "kari@example.no"), "name", "arena.error.name-required");
        assertThat(registrations.registerContact(id, "Kari Nordmann", "kari@example.no")).isEqualTo(ParticipationStatus.REGISTERED);
        Participant kari = events.participants(id).getFirst();
        assertThat(kari.userId()).isNull();
        registrations.cancelParticipant(kari.id());
        assertThat(events.participants(id).getFirst().status()).isEqualTo(ParticipationStatus.CANCELLED);
        signIn(TestUsers.REFERENCE_MEMBER);
        assertThatThrownBy(() -> registrations.registerContact(id, "Ola", "ola@example.no")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRegionsArenaIsForThatRegionAndARegisteredEventIsADeadlineOfItsKind() {
        signIn(TestUsers.COORDINATOR_VEST);
        EventDraft d = ArenaTestEvents.draft("Arena for Helse Vest", Region.HELSE_VEST, 30);
        long id = published(new EventDraft(d.title(), d.description(), Region.HELSE_VEST, Audience.REGION, Region.HELSE_VEST, Set.of(),
                d.location(), null, d.startsAt(), d.endsAt(), 30, d.registrationDeadline()));
        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertThat(events.upcomingForMe()).extracting(m -> m.event().id()).contains(id);
        registrations.register(id);
        assertThat(reminders.myDeadlines(120)).filteredOn(dl -> dl.key().equals("arena-" + id)).singleElement()
                .satisfies(dl -> {
                    assertThat(dl.kind()).isEqualTo("ARENA_EVENT");
                    assertThat(dl.dueOn()).isEqualTo(d.startsAt().toLocalDate());
                    assertThat(dl.path()).isEqualTo("arenas/" + id);
                });
        Short annesRegion = jdbc.queryForObject("select region_id from app_user where username = ?", Short.class, TestUsers.REFERENCE_MEMBER);
        if (annesRegion == null || annesRegion != Region.HELSE_VEST) {
            signIn(TestUsers.REFERENCE_MEMBER);
            assertThat(events.upcomingForMe()).extracting(m -> m.event().id()).doesNotContain(id);
            assertThatThrownBy(() -> registrations.register(id)).isInstanceOf(AccessDeniedException.class);
            assertThat(reminders.myDeadlines(120)).extracting(Deadline::key).doesNotContain("arena-" + id);
        }
    }
}
