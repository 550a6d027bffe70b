package no.rhf.servicemiljo.arena;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.security.CsvSafety;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The organiser's participant list as CSV (cells neutralised against formulas) and as a Word document. */
@Service
public class ParticipantExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ArenaEventService events;
    private final Messages messages;
    private final OrganisationService organisations;
    private final Clock clock;

    ParticipantExport(ArenaEventService events, Messages messages, OrganisationService organisations, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** UTF-8 with a byte order mark (so spreadsheets read æøå), semicolon-separated. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    public byte[] csv(long eventId, Locale locale) {
        List<Participant> participants = events.participants(eventId);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(CsvSafety.row(header(locale)));
            for (Participant p : participants) {
                printer.printRecord(CsvSafety.row(row(p, locale)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** A Word document: the event's facts, then one table per status (registered, waiting list, cancelled). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    public byte[] docx(long eventId, Locale locale) {
        ArenaEvent event = events.organisable(eventId, CurrentUser.require());
        List<Participant> participants = events.participants(eventId);
        String region = event.organiserRegionId() == null ? messages.get("arena.export.national", locale)
                : organisations.region(event.organiserRegionId()).getName();
        WordDocument doc = WordDocument.create(messages.get("arena.export.title", locale, event.title()), region, LocalDate.now(clock));
        doc.field(messages.get("arena.field.when", locale), period(event));
        doc.field(messages.get("arena.field.where", locale), event.where());
        doc.field(messages.get("arena.field.capacity", locale),
                event.capacity() == null ? messages.get("arena.capacity.none", locale) : String.valueOf(event.capacity()));
        for (ParticipationStatus status : ParticipationStatus.values()) {
            List<Participant> these = participants.stream().filter(p -> p.status() == status).toList();
            doc.heading(1, messages.get("arena.export.section." + status.name(), locale, these.size()));
            if (these.isEmpty()) {
                doc.paragraph(messages.get("arena.export.none", locale));
            } else {
                doc.table(header(locale), these.stream().map(p -> row(p, locale)).toList());
            }
        }
        return doc.toBytes();
    }

    private List<String> header(Locale locale) {
        return List.of(messages.get("arena.participant.name", locale), messages.get("arena.participant.email", locale),
                messages.get("arena.participant.status", locale), messages.get("arena.participant.registered-at", locale),
                messages.get("arena.participant.cancelled-at", locale));
    }

    private List<String> row(Participant p, Locale locale) {
        return List.of(p.name(), p.email(), messages.get("ParticipationStatus." + p.status().name(), locale),
                STAMP.format(p.registeredAt().atZone(ArenaEvent.OSLO)),
                p.cancelledAt() == null ? "" : STAMP.format(p.cancelledAt().atZone(ArenaEvent.OSLO)));
    }

    static String period(ArenaEvent event) {
        ZonedDateTime start = event.startsAt().atZone(ArenaEvent.OSLO);
        ZonedDateTime end = event.endsAt().atZone(ArenaEvent.OSLO);
        return STAMP.format(start) + "–" + (start.toLocalDate().equals(end.toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm").format(end) : STAMP.format(end));
    }
}
