package no.rhf.servicemiljo.arena;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tables arena_event, arena_event_unit and arena_participant (plain SQL, as the reminders' tables). */
@Repository
class ArenaRepository {

    private static final String EVENT_COLUMNS = """
            e.id, e.title, e.description, e.organiser_region_id, e.audience, e.audience_region_id, e.location, e.video_url,
            e.starts_at, e.ends_at, e.capacity, e.registration_deadline, e.status, e.created_by, e.calendar_sequence,
            (select count(*) from arena_participant p where p.event_id = e.id and p.status = 'REGISTERED') as registered,
            (select count(*) from arena_participant p where p.event_id = e.id and p.status = 'WAITING') as waiting
            """;
    private static final String PARTICIPANT_COLUMNS =
            "id, event_id, user_id, name, email, locale, status, registered_at, cancelled_at";

    private final JdbcClient jdbc;

    ArenaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ArenaEvent> find(long id) {
        return withUnits(jdbc.sql("select " + EVENT_COLUMNS + " from arena_event e where e.id = ?").param(id).query(this::toEvent).list())
                .stream().findFirst();
    }

    /** Locks the event's row until the transaction ends: registrations and cancellations of one event queue up here. */
    boolean lock(long id) {
        return !jdbc.sql("select id from arena_event where id = ? for update").param(id).query(Long.class).list().isEmpty();
    }

    /** Events not yet ended, published or cancelled, that the user may see (all of them when {@code seeAll}). */
    List<ArenaEvent> visible(long userId, Short regionId, boolean seeAll, Instant now) {
        return withUnits(jdbc.sql("select " + EVENT_COLUMNS + " from arena_event e where e.status <> 'DRAFT' and e.ends_at >= :now and ("
                        + VISIBLE + ") order by e.starts_at, e.id")
                .param("now", Timestamp.from(now)).param("me", userId).param("region", regionId).param("all", seeAll)
                .query(this::toEvent).list());
    }

    boolean visibleTo(long eventId, long userId, Short regionId, boolean seeAll) {
        return jdbc.sql("select count(*) > 0 from arena_event e where e.id = :id and e.status <> 'DRAFT' and (" + VISIBLE + ")")
                .param("id", eventId).param("me", userId).param("region", regionId).param("all", seeAll).query(Boolean.class).single();
    }

    private static final String VISIBLE = """
            :all or e.created_by = :me or e.audience = 'EVERYONE'
            or (e.audience = 'REGION' and e.audience_region_id = cast(:region as smallint))
            or (e.audience = 'UNITS' and exists (select 1 from arena_event_unit au join national_unit u on u.id = au.unit_id
                                                 where au.event_id = e.id and u.contact_user_id = :me))
            or (e.audience = 'REFERENCE_GROUPS' and exists (select 1 from arena_event_unit au
                    join reference_group_member m on m.unit_id = au.unit_id
                    where au.event_id = e.id and m.user_id = :me and (m.ends_on is null or m.ends_on >= current_date)))
            or exists (select 1 from arena_participant p where p.event_id = e.id and p.user_id = :me)
            """;

    /** Every event, newest start first (organisers filter by what they may organise). */
    List<ArenaEvent> all() {
        return withUnits(jdbc.sql("select " + EVENT_COLUMNS + " from arena_event e order by e.starts_at desc, e.id").query(this::toEvent).list());
    }

    /** Published events starting between the two instants. */
    List<ArenaEvent> publishedStartingBetween(Instant from, Instant to) {
        return withUnits(jdbc.sql("select " + EVENT_COLUMNS + " from arena_event e where e.status = 'PUBLISHED' and e.starts_at >= ? and e.starts_at < ? order by e.starts_at")
                .params(Timestamp.from(from), Timestamp.from(to)).query(this::toEvent).list());
    }

    long insert(EventValues v, long createdBy) {
        long id = jdbc.sql("""
                insert into arena_event (title, description, organiser_region_id, audience, audience_region_id, location, video_url,
                    starts_at, ends_at, capacity, registration_deadline, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(v.title(), v.description(), v.organiserRegionId(), v.audience().name(), v.audienceRegionId(), v.location(),
                v.videoUrl(), Timestamp.from(v.startsAt()), Timestamp.from(v.endsAt()), v.capacity(),
                Timestamp.from(v.registrationDeadline()), createdBy).query(Long.class).single();
        saveUnits(id, v.unitIds());
        return id;
    }

    void update(long id, EventValues v) {
        jdbc.sql("""
                update arena_event set title = ?, description = ?, organiser_region_id = ?, audience = ?, audience_region_id = ?,
                    location = ?, video_url = ?, starts_at = ?, ends_at = ?, capacity = ?, registration_deadline = ? where id = ?
                """).params(v.title(), v.description(), v.organiserRegionId(), v.audience().name(), v.audienceRegionId(), v.location(),
                v.videoUrl(), Timestamp.from(v.startsAt()), Timestamp.from(v.endsAt()), v.capacity(),
                Timestamp.from(v.registrationDeadline()), id).update();
        jdbc.sql("delete from arena_event_unit where event_id = ?").param(id).update();
        saveUnits(id, v.unitIds());
    }

    private void saveUnits(long id, Set<Long> unitIds) {
        for (long unit : unitIds) {
            jdbc.sql("insert into arena_event_unit (event_id, unit_id) values (?, ?)").params(id, unit).update();
        }
    }

    /** A new revision of the event's calendar entry (its .ics SEQUENCE). */
    void reviseCalendar(long id) {
        jdbc.sql("update arena_event set calendar_sequence = calendar_sequence + 1 where id = ?").param(id).update();
    }

    void setStatus(long id, EventStatus status, Instant now) {
        jdbc.sql("update arena_event set status = ?, cancelled_at = coalesce(cast(? as timestamptz), cancelled_at) where id = ?")
                .params(status.name(), status == EventStatus.CANCELLED ? Timestamp.from(now) : null, id).update();
    }

    List<Participant> participants(long eventId) {
        return jdbc.sql("select " + PARTICIPANT_COLUMNS + " from arena_participant where event_id = ? order by "
                        + "case status when 'REGISTERED' then 0 when 'WAITING' then 1 else 2 end, registered_at, id")
                .param(eventId).query(this::toParticipant).list();
    }

    Optional<Participant> participant(long id) {
        return jdbc.sql("select " + PARTICIPANT_COLUMNS + " from arena_participant where id = ?").param(id).query(this::toParticipant).optional();
    }

    Optional<Participant> byEmail(long eventId, String email) {
        return jdbc.sql("select " + PARTICIPANT_COLUMNS + " from arena_participant where event_id = ? and lower(email) = lower(?)")
                .params(eventId, email).query(this::toParticipant).optional();
    }

    Map<Long, ParticipationStatus> statusesOf(long userId) {
        Map<Long, ParticipationStatus> result = new HashMap<>();
        jdbc.sql("select event_id, status from arena_participant where user_id = ?").param(userId)
                .query((rs, n) -> result.put(rs.getLong(1), ParticipationStatus.valueOf(rs.getString(2)))).list();
        return result;
    }

    int registeredCount(long eventId) {
        return jdbc.sql("select count(*) from arena_participant where event_id = ? and status = 'REGISTERED'").param(eventId)
                .query(Integer.class).single();
    }

    Optional<Participant> firstWaiting(long eventId) {
        return jdbc.sql("select " + PARTICIPANT_COLUMNS + " from arena_participant where event_id = ? and status = 'WAITING' "
                + "order by registered_at, id limit 1").param(eventId).query(this::toParticipant).optional();
    }

    long insertParticipant(long eventId, Long userId, String name, String email, String locale, ParticipationStatus status,
                           Instant now, long addedBy) {
        return jdbc.sql("""
                insert into arena_participant (event_id, user_id, name, email, locale, status, registered_at, added_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(eventId, userId, name, email, locale, status.name(), Timestamp.from(now), addedBy).query(Long.class).single();
    }

    /** A new registration of someone who had cancelled: back in the queue from now. */
    void reRegister(long participantId, String name, ParticipationStatus status, Instant now) {
        jdbc.sql("update arena_participant set status = ?, name = ?, registered_at = ?, cancelled_at = null where id = ?")
                .params(status.name(), name, Timestamp.from(now), participantId).update();
    }

    void setParticipantStatus(long participantId, ParticipationStatus status, Instant now) {
        jdbc.sql("update arena_participant set status = ?, cancelled_at = ? where id = ?")
                .params(status.name(), status == ParticipationStatus.CANCELLED ? Timestamp.from(now) : null, participantId).update();
    }

    private List<ArenaEvent> withUnits(List<ArenaEvent> events) {
        if (events.isEmpty()) {
            return events;
        }
        Map<Long, Set<Long>> units = new HashMap<>();
        jdbc.sql("select event_id, unit_id from arena_event_unit where event_id in (:ids)")
                .param("ids", events.stream().map(ArenaEvent::id).toList())
                .query((rs, n) -> units.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2))).list();
        return events.stream().map(e -> new ArenaEvent(e.id(), e.title(), e.description(), e.organiserRegionId(), e.audience(),
                e.audienceRegionId(), Set.copyOf(units.getOrDefault(e.id(), new HashSet<>())), e.location(), e.videoUrl(), e.startsAt(),
                e.endsAt(), e.capacity(), e.registrationDeadline(), e.status(), e.createdBy(), e.registered(), e.waiting(),
                e.calendarSequence())).toList();
    }

    private ArenaEvent toEvent(ResultSet rs, int n) throws SQLException {
        return new ArenaEvent(rs.getLong("id"), rs.getString("title"), rs.getString("description"), shortOrNull(rs, "organiser_region_id"),
                Audience.valueOf(rs.getString("audience")), shortOrNull(rs, "audience_region_id"), Set.of(), rs.getString("location"),
                rs.getString("video_url"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                (Integer) rs.getObject("capacity"), rs.getTimestamp("registration_deadline").toInstant(),
                EventStatus.valueOf(rs.getString("status")), (Long) rs.getObject("created_by"), rs.getInt("registered"), rs.getInt("waiting"),
                rs.getInt("calendar_sequence"));
    }

    private Participant toParticipant(ResultSet rs, int n) throws SQLException {
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new Participant(rs.getLong("id"), rs.getLong("event_id"), (Long) rs.getObject("user_id"), rs.getString("name"),
                rs.getString("email"), rs.getString("locale"), ParticipationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("registered_at").toInstant(), cancelled == null ? null : cancelled.toInstant());
    }

    private static Short shortOrNull(ResultSet rs, String column) throws SQLException {
        short value = rs.getShort(column);
        return rs.wasNull() ? null : value;
    }

    /** Checked values of a draft, ready to store. */
    record EventValues(String title, String description, Short organiserRegionId, Audience audience, Short audienceRegionId,
                       Set<Long> unitIds, String location, String videoUrl, Instant startsAt, Instant endsAt, Integer capacity,
                       Instant registrationDeadline) {
    }

}
