package no.rhf.servicemiljo.arena;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.reminder.Mails;
import no.rhf.servicemiljo.reminder.ReminderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration's confirmation goes out through the reminders' outbox to a real SMTP server (GreenMail), once, with a
 * valid .ics (RFC 5545): CRLF, lines folded at 75 octets, escaped text, the event's UID and its times in UTC.
 */
class ArenaConfirmationMailTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Autowired
    ArenaEventService events;
    @Autowired
    RegistrationService registrations;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;

    private Long eventId;

    @AfterEach
    void removeEvent() {
        if (eventId != null) {
            jdbc.update("delete from reminder_outbox where deadline_path = ?", "arenas/" + eventId);
            jdbc.update("delete from arena_event where id = ?", eventId);
        }
    }

    @Test
    void theConfirmationArrivesOnceWithAValidIcs() throws Exception {
        signIn(TestUsers.ADMIN);
        String title = "Dialogdag; nasjonale tjenester, nettsider og æøå " + System.nanoTime();
        EventDraft d = ArenaTestEvents.draft(title, null, 10);
        String description = "Program:\nEndringer i nasjonalt regelverk, oppfølging i RHF-ene; etablering av nasjonalt servicemiljø "
                + "og ny samarbeids- og dialogarena – lang nok til å brettes flere ganger.";
        eventId = events.save(null, new EventDraft(title, description, null, Audience.EVERYONE, null, java.util.Set.of(),
                "Oslo kongressenter, sal Ål", null, d.startsAt(), d.endsAt(), 10, d.registrationDeadline()));
        events.publish(eventId);
        ArenaEvent event = events.find(eventId).orElseThrow();
        signIn(TestUsers.REFERENCE_MEMBER);
        assertThat(registrations.register(eventId)).isEqualTo(ParticipationStatus.REGISTERED);
        String email = jdbc.queryForObject("select email from app_user where username = ?", String.class, TestUsers.REFERENCE_MEMBER);

        reminders.sendDue(Instant.now().plusSeconds(1));
        reminders.sendDue(Instant.now().plusSeconds(2));

        List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.to(m).equals(email) && Mails.subject(m).contains(title)).toList();
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.getFirst();
        assertThat(Mails.subject(mail)).isEqualTo("Påmeldt: " + title);
        assertThat(Mails.text(mail)).contains("Du er påmeldt «" + title + "»").contains("kl. 10:00–15:30")
                .contains("/arenas/" + eventId);
        assertThat(Mails.html(mail)).contains("lang=\"nb\"");

        String ics = Mails.attachment((MimeMultipart) mail.getContent());
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        assertThat(ics.split("\r\n")).anyMatch(line -> line.startsWith(" ")); // the description was folded
        List<String> lines = List.of(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.getLast()).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT", "METHOD:PUBLISH");
        Map<String, String> props = new LinkedHashMap<>();
        lines.forEach(line -> props.putIfAbsent(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1)));
        assertThat(props.get("UID")).isEqualTo("arena-" + eventId + "@servicemiljo");
        assertThat(props.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        assertThat(props.get("DTSTART")).isEqualTo(UTC.format(event.startsAt().atOffset(ZoneOffset.UTC)));
        assertThat(props.get("DTEND")).isEqualTo(UTC.format(event.endsAt().atOffset(ZoneOffset.UTC)));
        assertThat(props.get("DTSTART")).endsWith(event.startsAt().atZone(ArenaEvent.OSLO).getOffset().getTotalSeconds() == 7200
                ? "T080000Z" : "T090000Z");
        assertThat(unescape(props.get("SUMMARY"))).isEqualTo(title);
        assertThat(props.get("SUMMARY")).contains("\\;").contains("\\,");
        assertThat(unescape(props.get("LOCATION"))).isEqualTo("Oslo kongressenter, sal Ål");
        assertThat(unescape(props.get("DESCRIPTION"))).startsWith(description).contains("/arenas/" + eventId);
        assertThat(props.get("DESCRIPTION")).contains("\\n");
    }

    /**
     * A published event moved to another day mails everyone registered or waiting, once, with the calendar entry's next
     * revision (same UID, SEQUENCE 1, the new times); a change of the description alone mails no one; the cancellation
     * then comes as revision 2, so a calendar program applies it after the move.
     */
    @Test
    void aMovedEventIsMailedWithTheNextCalendarRevisionAndTheCancellationAfterIt() throws Exception {
        signIn(TestUsers.ADMIN);
        String title = "Flyttes " + System.nanoTime();
        EventDraft d = ArenaTestEvents.draft(title, null, 10);
        eventId = events.save(null, d);
        events.publish(eventId);
        signIn(TestUsers.REFERENCE_MEMBER);
        registrations.register(eventId);
        String email = jdbc.queryForObject("select email from app_user where username = ?", String.class, TestUsers.REFERENCE_MEMBER);

        signIn(TestUsers.ADMIN);
        EventDraft moved = ArenaTestEvents.withTimes(d, d.startsAt().plusDays(7), d.endsAt().plusDays(7), d.registrationDeadline().plusDays(7));
        events.save(eventId, moved);
        events.save(eventId, new EventDraft(moved.title(), "Nytt program", moved.organiserRegionId(), moved.audience(),
                moved.audienceRegionId(), moved.unitIds(), moved.location(), moved.videoUrl(), moved.startsAt(), moved.endsAt(),
                moved.capacity(), moved.registrationDeadline()));
        reminders.sendDue(Instant.now().plusSeconds(1));
        ArenaEvent now = events.find(eventId).orElseThrow();

        List<MimeMessage> changed = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.to(m).equals(email) && Mails.subject(m).equals("Endret: " + title)).toList();
        assertThat(changed).as("one mail for the move, none for the description").hasSize(1);
        assertThat(Mails.text(changed.getFirst())).contains("Arrangementet «" + title + "» er endret. Det er nå ");
        Map<String, String> ics = properties(Mails.attachment((MimeMultipart) changed.getFirst().getContent()));
        assertThat(ics.get("UID")).isEqualTo("arena-" + eventId + "@servicemiljo");
        assertThat(ics.get("SEQUENCE")).isEqualTo("1");
        assertThat(ics.get("METHOD")).isEqualTo("PUBLISH");
        assertThat(ics.get("DTSTART")).isEqualTo(UTC.format(now.startsAt().atOffset(ZoneOffset.UTC)));

        events.cancel(eventId);
        reminders.sendDue(Instant.now().plusSeconds(2));
        MimeMessage cancelled = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.to(m).equals(email) && Mails.subject(m).equals("Avlyst: " + title)).findFirst().orElseThrow();
        Map<String, String> cancel = properties(Mails.attachment((MimeMultipart) cancelled.getContent()));
        assertThat(cancel.get("SEQUENCE")).isEqualTo("2");
        assertThat(cancel.get("METHOD")).isEqualTo("CANCEL");
    }

    private static Map<String, String> properties(String ics) {
        Map<String, String> props = new LinkedHashMap<>();
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            props.putIfAbsent(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1));
        }
        return props;
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}
