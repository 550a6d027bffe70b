package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL for rounds, applications, ballots and frozen results. Plain SQL rather than JPA entities because
 * the ranking data is written as whole values (a ballot, a snapshot) and the snapshot is insert-only.
 */
@Repository
class IrfRepository {

    private final JdbcClient jdbc;

    IrfRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- rounds

    Optional<IrfRound> round(long id) {
        return jdbc.sql("select * from irf_round where id = ?").param(id).query(this::mapRound).optional();
    }

    Optional<IrfRound> roundOfYear(int year) {
        return jdbc.sql("select * from irf_round where year = ?").param(year).query(this::mapRound).optional();
    }

    List<IrfRound> rounds() {
        return jdbc.sql("select * from irf_round order by year desc").query(this::mapRound).list();
    }

    long insertRound(int year, LocalDate opens, LocalDate regional, LocalDate serviceEnv, LocalDate meeting,
                     LocalDate ministry, List<String> criteria) {
        long id = jdbc.sql("""
                        insert into irf_round (year, opens_on, regional_deadline, service_environment_deadline, irf_meeting,
                                               ministry_deadline) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(year, opens, regional, serviceEnv, meeting, ministry).query(Long.class).single();
        for (int i = 0; i < criteria.size(); i++) {
            jdbc.sql("insert into irf_criterion (round_id, position, text) values (?, ?, ?)")
                    .params(id, i + 1, criteria.get(i)).update();
        }
        return id;
    }

    void updateDates(long roundId, LocalDate opens, LocalDate regional, LocalDate serviceEnv, LocalDate meeting, LocalDate ministry) {
        jdbc.sql("""
                        update irf_round set opens_on = ?, regional_deadline = ?, service_environment_deadline = ?, irf_meeting = ?,
                                             ministry_deadline = ? where id = ?""")
                .params(opens, regional, serviceEnv, meeting, ministry, roundId).update();
    }

    /** Moves the phase only from the expected one; returns false if another user got there first. */
    boolean setPhase(long roundId, RoundPhase from, RoundPhase to, Long userId, Instant at) {
        String extra = to == RoundPhase.REVEALED ? ", revealed_at = ?, revealed_by = ?" : "";
        JdbcClient.StatementSpec spec = jdbc.sql("update irf_round set phase = ?" + extra + " where id = ? and phase = ?")
                .param(to.name());
        if (to == RoundPhase.REVEALED) {
            spec = spec.param(Timestamp.from(at)).param(userId);
        }
        return spec.param(roundId).param(from.name()).update() == 1;
    }

    private IrfRound mapRound(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp revealed = rs.getTimestamp("revealed_at");
        List<IrfRound.Criterion> criteria = jdbc.sql("select id, position, text from irf_criterion where round_id = ? order by position")
                .param(id).query((c, n) -> new IrfRound.Criterion(c.getLong(1), c.getInt(2), c.getString(3))).list();
        return new IrfRound(id, rs.getInt("year"), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("regional_deadline", LocalDate.class), rs.getObject("service_environment_deadline", LocalDate.class),
                rs.getObject("irf_meeting", LocalDate.class), rs.getObject("ministry_deadline", LocalDate.class),
                IrfRound.ConflictPolicy.valueOf(rs.getString("conflict_policy")), RoundPhase.valueOf(rs.getString("phase")),
                revealed == null ? null : revealed.toInstant(), criteria);
    }

    // ---- applications

    private static final String APPLICATION_SELECT = """
            select a.*, r.name as region_name, h1.name as host_name, h2.name as second_host_name
            from irf_application a join region r on r.id = a.applying_region_id
            join health_trust h1 on h1.id = a.host_trust_id left join health_trust h2 on h2.id = a.second_host_trust_id
            """;

    List<Application> applications(long roundId) {
        return jdbc.sql(APPLICATION_SELECT + " where a.round_id = ? order by r.sort_order, a.regional_rank nulls last, a.id")
                .param(roundId).query(this::mapApplication).list();
    }

    Optional<Application> application(long id) {
        return jdbc.sql(APPLICATION_SELECT + " where a.id = ?").param(id).query(this::mapApplication).optional();
    }

    long insertApplication(long roundId, short regionId, ApplicationDraft d) {
        long id = jdbc.sql("""
                        insert into irf_application (round_id, applying_region_id, host_trust_id, second_host_trust_id, kind,
                            competence_function, title, patient_group, description, new_method, beslutningsforum_ref, contact)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(roundId, regionId, d.hostTrustId(), d.secondHostTrustId(), d.kind().name(),
                        d.competenceFunction() == null ? null : d.competenceFunction().name(), d.title().strip(),
                        d.patientGroup().strip(), d.description().strip(), d.newMethod(), blankToNull(d.beslutningsforumRef()),
                        d.contact().strip())
                .query(Long.class).single();
        writeDetails(id, d);
        return id;
    }

    void updateApplication(long id, ApplicationDraft d) {
        jdbc.sql("""
                        update irf_application set host_trust_id = ?, second_host_trust_id = ?, kind = ?, competence_function = ?,
                            title = ?, patient_group = ?, description = ?, new_method = ?, beslutningsforum_ref = ?, contact = ?,
                            version = version + 1 where id = ?""")
                .params(d.hostTrustId(), d.secondHostTrustId(), d.kind().name(),
                        d.competenceFunction() == null ? null : d.competenceFunction().name(), d.title().strip(),
                        d.patientGroup().strip(), d.description().strip(), d.newMethod(), blankToNull(d.beslutningsforumRef()),
                        d.contact().strip(), id)
                .update();
        jdbc.sql("delete from irf_application_answer where application_id = ?").param(id).update();
        jdbc.sql("delete from irf_application_volume where application_id = ?").param(id).update();
        writeDetails(id, d);
    }

    private void writeDetails(long id, ApplicationDraft d) {
        d.answers().forEach((criterion, answer) -> {
            if (answer != null && !answer.isBlank()) {
                jdbc.sql("insert into irf_application_answer (application_id, criterion_id, answer) values (?, ?, ?)")
                        .params(id, criterion, answer.strip()).update();
            }
        });
        d.volumes().forEach((region, patients) -> {
            if (patients != null) {
                jdbc.sql("insert into irf_application_volume (application_id, region_id, patients) values (?, ?, ?)")
                        .params(id, region, patients).update();
            }
        });
    }

    void setStatus(long id, ApplicationStatus status) {
        jdbc.sql("update irf_application set status = ?, version = version + 1 where id = ?").params(status.name(), id).update();
    }

    void setStatusForRound(long roundId, ApplicationStatus from, ApplicationStatus to) {
        jdbc.sql("update irf_application set status = ?, version = version + 1 where round_id = ? and status = ?")
                .params(to.name(), roundId, from.name()).update();
    }

    void setRegionalRank(long id, Integer rank) {
        jdbc.sql("update irf_application set regional_rank = ? where id = ?").params(rank, id).update();
    }

    void setAttachment(long id, String name, byte[] content) {
        jdbc.sql("update irf_application set attachment_name = ?, attachment = ? where id = ?").params(name, content, id).update();
    }

    Optional<byte[]> attachment(long id) {
        return jdbc.sql("select attachment from irf_application where id = ? and attachment is not null")
                .param(id).query(byte[].class).optional();
    }

    private Application mapApplication(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Map<Long, String> answers = new LinkedHashMap<>();
        jdbc.sql("select criterion_id, answer from irf_application_answer where application_id = ?").param(id)
                .query(r -> { answers.put(r.getLong(1), r.getString(2)); });
        Map<Short, Integer> volumes = new LinkedHashMap<>();
        jdbc.sql("select region_id, patients from irf_application_volume where application_id = ? order by region_id").param(id)
                .query(r -> { volumes.put(r.getShort(1), r.getInt(2)); });
        String function = rs.getString("competence_function");
        return new Application(id, rs.getLong("round_id"), rs.getShort("applying_region_id"), rs.getString("region_name"),
                rs.getInt("host_trust_id"), rs.getString("host_name"), (Integer) rs.getObject("second_host_trust_id"),
                rs.getString("second_host_name"), UnitKind.valueOf(rs.getString("kind")),
                function == null ? null : CompetenceFunction.valueOf(function), rs.getString("title"),
                rs.getString("patient_group"), rs.getString("description"), rs.getBoolean("new_method"),
                rs.getString("beslutningsforum_ref"), rs.getString("contact"),
                ApplicationStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("regional_rank"),
                rs.getString("attachment_name"), answers, volumes);
    }

    // ---- ballots and conflicts

    Optional<String> ballot(long roundId, long memberId) {
        return jdbc.sql("select ranking from irf_ballot where round_id = ? and member_id = ?").params(roundId, memberId)
                .query(String.class).optional();
    }

    Map<Long, String> ballots(long roundId) {
        Map<Long, String> result = new LinkedHashMap<>();
        jdbc.sql("select member_id, ranking from irf_ballot where round_id = ? order by member_id").param(roundId)
                .query(r -> { result.put(r.getLong(1), r.getString(2)); });
        return result;
    }

    Map<Long, Instant> submissionTimes(long roundId) {
        Map<Long, Instant> result = new HashMap<>();
        jdbc.sql("select member_id, submitted_at from irf_ballot where round_id = ?").param(roundId)
                .query(r -> { result.put(r.getLong(1), r.getTimestamp(2).toInstant()); });
        return result;
    }

    void saveBallot(long roundId, long memberId, String ranking, Instant at) {
        jdbc.sql("""
                        insert into irf_ballot (round_id, member_id, ranking, submitted_at) values (?, ?, ?, ?)
                        on conflict (round_id, member_id) do update set ranking = excluded.ranking, submitted_at = excluded.submitted_at""")
                .params(roundId, memberId, ranking, Timestamp.from(at)).update();
    }

    // ---- ballot drafts: read and written only for one member at a time (no query lists them with their members)

    record DraftRow(String ranking, Instant updatedAt) {
    }

    Optional<DraftRow> draft(long roundId, long memberId) {
        return jdbc.sql("select ranking, updated_at from irf_ballot_draft where round_id = ? and member_id = ?")
                .params(roundId, memberId).query((rs, n) -> new DraftRow(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    void saveDraft(long roundId, long memberId, String ranking, Instant at) {
        jdbc.sql("""
                        insert into irf_ballot_draft (round_id, member_id, ranking, updated_at) values (?, ?, ?, ?)
                        on conflict (round_id, member_id) do update set ranking = excluded.ranking, updated_at = excluded.updated_at""")
                .params(roundId, memberId, ranking, Timestamp.from(at)).update();
    }

    void deleteDraft(long roundId, long memberId) {
        jdbc.sql("delete from irf_ballot_draft where round_id = ? and member_id = ?").params(roundId, memberId).update();
    }

    List<Long> conflicts(long roundId, long memberId) {
        return jdbc.sql("select application_id from irf_conflict where round_id = ? and member_id = ? order by application_id")
                .params(roundId, memberId).query(Long.class).list();
    }

    void setConflict(long roundId, long memberId, long applicationId, boolean conflict, Instant at) {
        if (conflict) {
            jdbc.sql("insert into irf_conflict (round_id, member_id, application_id, declared_at) values (?, ?, ?, ?) on conflict do nothing")
                    .params(roundId, memberId, applicationId, Timestamp.from(at)).update();
        } else {
            jdbc.sql("delete from irf_conflict where round_id = ? and member_id = ? and application_id = ?")
                    .params(roundId, memberId, applicationId).update();
        }
    }

    // ---- frozen results

    void insertFrozen(long roundId, Instant at, long userId, String userName, String method, String ballots, String csv,
                      String robustnessCsv, String robustnessText, String responsibleRegion) {
        jdbc.sql("""
                        insert into irf_frozen_result (round_id, frozen_at, frozen_by, frozen_by_name, method, ballots, result_csv,
                                                       robustness_csv, robustness_text, responsible_region)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, Timestamp.from(at), userId, userName, method, ballots, csv, robustnessCsv, robustnessText,
                        responsibleRegion).update();
    }

    Optional<FrozenResult> frozen(long roundId) {
        return jdbc.sql("select * from irf_frozen_result where round_id = ?").param(roundId)
                .query((rs, n) -> new FrozenResult(rs.getLong("round_id"), rs.getTimestamp("frozen_at").toInstant(),
                        rs.getString("frozen_by_name"), rs.getString("method"), rs.getString("ballots"),
                        rs.getString("result_csv"), rs.getString("robustness_csv"), rs.getString("robustness_text"),
                        rs.getString("responsible_region")))
                .optional();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
