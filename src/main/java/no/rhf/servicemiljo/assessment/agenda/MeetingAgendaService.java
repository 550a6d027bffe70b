package no.rhf.servicemiljo.assessment.agenda;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.PrivateRatingService;
import no.rhf.servicemiljo.assessment.PrivateRatingService.Spread;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agenda of a reference-group meeting: one per chair and cycle, covering the cycle's reports of every unit whose
 * reference group that person chairs now (the demo's chairs lead several groups, which meet together). The criteria
 * of those reports are ordered across the reports by how far the members' submitted private ratings diverge
 * ({@link PrivateRatingService#MOST_DISAGREEMENT_FIRST}); the chair turns them into the agenda, reorders it, adds free
 * items, removes items and sets the date and place. The chair edits; the current members of the covered groups and
 * ADMIN read; the spread of a report shows only to whoever may see its private ratings.
 */
@Service
@Transactional(readOnly = true)
public class MeetingAgendaService {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PLACE = 200;
    public static final int MAX_ITEMS = 100;

    public record Item(long id, int position, String title, Long reportId, Long criterionId) {
    }

    public record Meeting(long id, long cycleId, int reportYear, long chairId, String chairName, LocalDate date, String place,
                          List<Report> reports, List<Item> items, boolean editable) {
    }

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final PrivateRatingService privateRatings;
    private final ReferenceGroupService referenceGroups;
    private final Messages messages;
    private final Clock clock;

    MeetingAgendaService(JdbcClient jdbc, AssessmentService assessments, PrivateRatingService privateRatings,
                         ReferenceGroupService referenceGroups, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.privateRatings = privateRatings;
        this.referenceGroups = referenceGroups;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The meeting of the report's cycle led by the chair of the report's reference group: created when the chair
     * asks for it, otherwise the existing one if the signed-in user may read it.
     */
    @PermitAll
    @Transactional
    public Optional<Long> meetingOf(long reportId) {
        Report report = assessments.report(reportId);
        AppUserPrincipal user = CurrentUser.require();
        Optional<Long> chair = referenceGroups.group(report.unitId()).chair()
                .flatMap(c -> Optional.ofNullable(c.getUser())).map(u -> u.getId());
        if (chair.isEmpty()) {
            return Optional.empty();
        }
        if (chair.get() == user.id()) {
            jdbc.sql("insert into meeting_agenda (cycle_id, chair_id) values (?, ?) on conflict do nothing")
                    .params(report.cycleId(), user.id()).update();
        }
        Optional<Long> id = jdbc.sql("select id from meeting_agenda where cycle_id = ? and chair_id = ?")
                .params(report.cycleId(), chair.get()).query(Long.class).optional();
        return id.filter(this::mayRead);
    }

    @PermitAll
    public Meeting meeting(long meetingId) {
        Meeting meeting = stored(meetingId);
        if (!mayRead(meeting)) {
            throw new AccessDeniedException("Meeting " + meetingId + " is not readable for this user");
        }
        return meeting;
    }

    /** The criteria of the meeting's reports with at least one submitted private rating, most disagreement first. */
    @PermitAll
    public List<Spread> disagreement(long meetingId) {
        Meeting meeting = meeting(meetingId);
        List<Spread> all = new ArrayList<>();
        for (Report report : meeting.reports()) {
            privateRatings.spreadIfVisible(report.id()).stream().filter(s -> s.rated() + s.notRelevant() > 0).forEach(all::add);
        }
        all.sort(PrivateRatingService.MOST_DISAGREEMENT_FIRST);
        return all;
    }

    /** Adds every criterion the members disagree on (range above 0, or some said "ikke relevant") not yet on the agenda. */
    @PermitAll
    @Transactional
    public int addFromDisagreement(long meetingId) {
        Meeting meeting = editable(meetingId);
        int added = 0;
        for (Spread spread : disagreement(meetingId)) {
            boolean disagree = spread.range() != null && spread.range() > 0 || spread.notRelevant() > 0 && spread.rated() > 0;
            boolean present = meeting.items().stream().anyMatch(i -> Long.valueOf(spread.reportId()).equals(i.reportId())
                    && Long.valueOf(spread.criterion().id()).equals(i.criterionId()));
            if (disagree && !present) {
                String title = spread.unitName() + " – " + spread.criterion().position() + ". " + spread.criterion().title();
                insert(meetingId, title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title, spread.reportId(),
                        spread.criterion().id());
                added++;
            }
        }
        return added;
    }

    /** A free item at the end of the agenda. */
    @PermitAll
    @Transactional
    public long addItem(long meetingId, String title) {
        editable(meetingId);
        String text = title == null ? "" : TextSafety.clean(title).strip();
        if (text.isEmpty()) {
            throw new FieldValidationException("title", "assessment.error.required");
        }
        if (text.length() > MAX_TITLE) {
            throw new FieldValidationException("title", "assessment.error.text-length", MAX_TITLE);
        }
        return insert(meetingId, text, null, null);
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}). */
    @PermitAll
    @Transactional
    public void move(long itemId, int direction) {
        long[] row = item(itemId);
        editable(row[0]);
        String neighbour = direction < 0
                ? "select id, position from meeting_agenda_item where agenda_id = ? and position < ? order by position desc limit 1"
                : "select id, position from meeting_agenda_item where agenda_id = ? and position > ? order by position limit 1";
        jdbc.sql(neighbour).params(row[0], row[1]).query((rs, n) -> new long[]{rs.getLong(1), rs.getInt(2)}).optional()
                .ifPresent(other -> {
                    jdbc.sql("update meeting_agenda_item set position = ? where id = ?").params(other[1], itemId).update();
                    jdbc.sql("update meeting_agenda_item set position = ? where id = ?").params(row[1], other[0]).update();
                });
    }

    @PermitAll
    @Transactional
    public void removeItem(long itemId) {
        long[] row = item(itemId);
        editable(row[0]);
        jdbc.sql("delete from meeting_agenda_item where id = ?").param(itemId).update();
    }

    /** The meeting's date (not before the cycle's report year) and place. */
    @PermitAll
    @Transactional
    public void saveDetails(long meetingId, LocalDate date, String place) {
        Meeting meeting = editable(meetingId);
        String text = place == null ? "" : TextSafety.clean(place).strip();
        if (text.length() > MAX_PLACE) {
            throw new FieldValidationException("place", "assessment.error.text-length", MAX_PLACE);
        }
        if (date != null && date.getYear() < meeting.reportYear()) {
            throw new FieldValidationException("date", "agenda.error.date", meeting.reportYear());
        }
        jdbc.sql("update meeting_agenda set meeting_date = ?, place = ? where id = ?").params(date, text, meetingId).update();
    }

    /** The agenda as a Word document, in Norwegian (the language of the meeting's papers). */
    @PermitAll
    public byte[] docx(long meetingId) {
        return MeetingAgendaExport.docx(meeting(meetingId), disagreement(meetingId), LocalDate.now(clock), this::norwegian);
    }

    @PermitAll
    public byte[] pdf(long meetingId) {
        return MeetingAgendaExport.pdf(meeting(meetingId), disagreement(meetingId), LocalDate.now(clock), this::norwegian);
    }

    private String norwegian(String key, Object... arguments) {
        return messages.get(key, "nb", arguments);
    }

    private long insert(long meetingId, String title, Long reportId, Long criterionId) {
        long count = jdbc.sql("select count(*) from meeting_agenda_item where agenda_id = ?").param(meetingId).query(Long.class).single();
        if (count >= MAX_ITEMS) {
            throw new FieldValidationException("title", "agenda.error.too-many", MAX_ITEMS);
        }
        return jdbc.sql("""
                insert into meeting_agenda_item (agenda_id, position, title, report_id, criterion_id)
                values (?, (select coalesce(max(position), 0) + 1 from meeting_agenda_item where agenda_id = ?), ?, ?, ?) returning id
                """).params(meetingId, meetingId, title, reportId, criterionId).query(Long.class).single();
    }

    private long[] item(long itemId) {
        return jdbc.sql("select agenda_id, position from meeting_agenda_item where id = ?").param(itemId)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getInt(2)}).optional()
                .orElseThrow(() -> new AccessDeniedException("No such agenda item"));
    }

    private Meeting editable(long meetingId) {
        Meeting meeting = stored(meetingId);
        if (!meeting.editable()) {
            throw new AccessDeniedException("Only the chair edits the meeting agenda");
        }
        return meeting;
    }

    private boolean mayRead(long meetingId) {
        return mayRead(stored(meetingId));
    }

    private boolean mayRead(Meeting meeting) {
        AppUserPrincipal user = CurrentUser.require();
        return meeting.editable() || user.role() == Role.ADMIN
                || meeting.reports().stream().anyMatch(r -> referenceGroups.isCurrentMember(r.unitId(), user.id()));
    }

    private Meeting stored(long meetingId) {
        AppUserPrincipal user = CurrentUser.require();
        record Row(long cycleId, int year, long chairId, String chairName, LocalDate date, String place) {
        }
        Row row = jdbc.sql("""
                select m.cycle_id, c.report_year, m.chair_id, u.full_name, m.meeting_date, m.place from meeting_agenda m
                join reporting_cycle c on c.id = m.cycle_id join app_user u on u.id = m.chair_id where m.id = ?
                """).param(meetingId).query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6))).optional()
                .orElseThrow(() -> new AccessDeniedException("No such meeting"));
        LocalDate today = LocalDate.now(clock);
        List<Long> reportIds = jdbc.sql("""
                select r.id from annual_report r join reference_group_member m on m.unit_id = r.unit_id
                join national_unit u on u.id = r.unit_id
                where r.cycle_id = ? and m.user_id = ? and m.chair and m.appointed_on <= ? and (m.ends_on is null or m.ends_on >= ?)
                order by u.name_nb
                """).params(row.cycleId(), row.chairId(), today, today).query(Long.class).list();
        List<Report> reports = new ArrayList<>();
        for (long id : reportIds) {
            try {
                reports.add(assessments.report(id));
            } catch (AccessDeniedException notThisUsers) {
                // a member of one of the chair's groups sees only the reports they may read
            }
        }
        List<Item> items = jdbc.sql("select id, position, title, report_id, criterion_id from meeting_agenda_item where agenda_id = ? order by position, id")
                .param(meetingId).query((rs, n) -> new Item(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class))).list();
        return new Meeting(meetingId, row.cycleId(), row.year(), row.chairId(), row.chairName(), row.date(), row.place(), reports,
                items, row.chairId() == user.id());
    }
}
