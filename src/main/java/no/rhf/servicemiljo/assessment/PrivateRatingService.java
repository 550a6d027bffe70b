package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.registry.ReferenceGroup;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Independent ratings first (optional per cycle). When the cycle says so, each current reference-group member who
 * has a user account rates the criteria privately (the shared assessment's scale and a short note) and submits.
 * Before approval, a member sees the others' submitted ratings only after submitting their own, or once the chair
 * has opened them for all; nobody else (host coordinators, ADMIN, observers, the contact) sees any rating before the
 * report is approved — they do not rate, and the ratings are the members' own until the group has concluded. After
 * approval whoever reads the assessment reads them. A submission is final: the member has then seen the others'
 * ratings, so changing it would bring back the anchoring the private phase is there to avoid. The chair's opening
 * ends the private phase: members who had not submitted can no longer submit, and their drafts stay unseen.
 */
@Service
@Transactional(readOnly = true)
public class PrivateRatingService {

    public static final int MAX_NOTE = 500;
    /** The ordinal value of a rating for the spread; "ikke relevant" is not on the scale and is counted apart. */
    public static final Map<String, Integer> ORDINAL = Map.of("MET", 3, "PARTLY_MET", 2, "NOT_MET", 1);

    public record MemberRating(long userId, String name, long criterionId, String rating, String note) {
    }

    /** Where the private phase of a report stands for the signed-in user. */
    public record Status(boolean enabled, boolean rater, boolean chair, boolean submitted, boolean opened,
                         boolean approved, boolean seesRatings, int submittedCount, int raterCount) {

        /** May still change and submit their own private ratings. */
        public boolean mayRate() {
            return enabled && rater && !submitted && !opened && !approved;
        }

        public boolean mayOpen() {
            return enabled && chair && !opened && !approved;
        }
    }

    /**
     * How far the submitted ratings of one criterion diverge: the range (highest minus lowest ordinal value) and the
     * population standard deviation of the ordinal values (MET 3, PARTLY_MET 2, NOT_MET 1); null when none rated it on
     * the scale. {@code notRelevant} counts those who said "ikke relevant".
     */
    public record Spread(long reportId, String unitName, Criterion criterion, int rated, int notRelevant, Integer range,
                         Double standardDeviation, List<MemberRating> ratings) {
    }

    /** Most disagreement first: by range, then standard deviation, then how many said "ikke relevant", then template order. */
    public static final Comparator<Spread> MOST_DISAGREEMENT_FIRST = Comparator
            .comparing((Spread s) -> s.range() == null ? -1 : s.range(), Comparator.reverseOrder())
            .thenComparing(s -> s.standardDeviation() == null ? -1 : s.standardDeviation(), Comparator.reverseOrder())
            .thenComparing(Spread::notRelevant, Comparator.reverseOrder())
            .thenComparing(s -> s.unitName())
            .thenComparing(s -> s.criterion().position());

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final ReferenceGroupService referenceGroups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivateRatingService(JdbcClient jdbc, AssessmentService assessments, AssessmentAccess access,
                         ReferenceGroupService referenceGroups, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.access = access;
        this.referenceGroups = referenceGroups;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the cycle asks for independent ratings first. */
    @PermitAll
    public boolean independentFirst(long cycleId) {
        return jdbc.sql("select independent_first from reporting_cycle where id = ?").param(cycleId).query(Boolean.class)
                .optional().orElse(false);
    }

    /** ADMIN's cycle setting "Uavhengig vurdering først"; turning it off hides the private phase, nothing is deleted. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void setIndependentFirst(long cycleId, boolean on) {
        if (jdbc.sql("update reporting_cycle set independent_first = ? where id = ?").params(on, cycleId).update() == 0) {
            throw new FieldValidationException("cycle", "assessment.error.no-cycle");
        }
    }

    @PermitAll
    public Status status(long reportId) {
        Report report = readable(reportId);
        return status(CurrentUser.require(), report);
    }

    private Status status(AppUserPrincipal user, Report report) {
        boolean enabled = independentFirst(report.cycleId());
        ReferenceGroup group = referenceGroups.group(report.unitId());
        Set<Long> raters = raters(group);
        boolean rater = raters.contains(user.id());
        boolean chair = group.chair().map(c -> c.getUser() != null && c.getUser().getId() == user.id()).orElse(false);
        List<Long> submitted = jdbc.sql("select user_id from private_rating_submission where report_id = ?").param(report.id())
                .query(Long.class).list();
        boolean opened = jdbc.sql("select count(*) from private_rating_opening where report_id = ?").param(report.id())
                .query(Long.class).single() > 0;
        boolean mine = submitted.contains(user.id());
        boolean sees = enabled && (report.approved() || rater && (mine || opened));
        int count = (int) submitted.stream().filter(raters::contains).count();
        return new Status(enabled, rater, chair, mine, opened, report.approved(), sees, count, raters.size());
    }

    /** The signed-in member's own private ratings (drafts or submitted), by criterion id. */
    @PermitAll
    public Map<Long, MemberRating> mine(long reportId) {
        readable(reportId);
        AppUserPrincipal user = CurrentUser.require();
        Map<Long, MemberRating> mine = new LinkedHashMap<>();
        ratingsOf(reportId, "and p.user_id = " + user.id()).forEach(r -> mine.put(r.criterionId(), r));
        return mine;
    }

    /** Stores (or clears, with a blank rating and note) the signed-in member's private rating of one criterion. */
    @PermitAll
    @Transactional
    public void rate(long reportId, long criterionId, String rating, String note) {
        Report report = readable(reportId);
        Status status = status(CurrentUser.require(), report);
        if (!status.enabled() || !status.rater()) {
            throw new AccessDeniedException("Only the unit's reference-group members rate privately, when the cycle asks for it");
        }
        if (!status.mayRate()) {
            throw new FieldValidationException("private-rating", status.submitted() ? "private.error.submitted" : "private.error.closed");
        }
        String value = rating == null ? "" : rating;
        if (!value.isEmpty() && !AssessmentService.RATINGS.contains(value)) {
            throw new FieldValidationException("private-rating-" + criterionId, "assessment.error.rating");
        }
        String text = note == null ? "" : TextSafety.clean(note).strip();
        if (text.length() > MAX_NOTE) {
            throw new FieldValidationException("private-note-" + criterionId, "assessment.error.text-length", MAX_NOTE);
        }
        if (assessments.criteria(report.cycleId()).stream().noneMatch(c -> c.id() == criterionId && !c.retired())) {
            throw new FieldValidationException("private-rating-" + criterionId, "assessment.error.field");
        }
        long userId = CurrentUser.require().id();
        if (value.isEmpty() && text.isEmpty()) {
            jdbc.sql("delete from private_rating where report_id = ? and user_id = ? and criterion_id = ?")
                    .params(reportId, userId, criterionId).update();
            return;
        }
        jdbc.sql("""
                insert into private_rating (report_id, user_id, criterion_id, rating, note, updated_at) values (?, ?, ?, ?, ?, ?)
                on conflict (report_id, user_id, criterion_id) do update set rating = excluded.rating, note = excluded.note,
                    updated_at = excluded.updated_at
                """).params(reportId, userId, criterionId, value, text, Timestamp.from(clock.instant())).update();
    }

    /** Submits the signed-in member's private ratings: final, and from now on the member sees the others' submitted ones. */
    @PermitAll
    @Transactional
    public void submit(long reportId) {
        Report report = readable(reportId);
        AppUserPrincipal user = CurrentUser.require();
        Status status = status(user, report);
        if (!status.enabled() || !status.rater()) {
            throw new AccessDeniedException("Only the unit's reference-group members submit private ratings");
        }
        if (!status.mayRate()) {
            throw new FieldValidationException("private-rating", status.submitted() ? "private.error.submitted" : "private.error.closed");
        }
        if (jdbc.sql("select count(*) from private_rating where report_id = ? and user_id = ? and rating <> ''")
                .params(reportId, user.id()).query(Long.class).single() == 0) {
            throw new FieldValidationException("private-rating", "private.error.nothing-rated");
        }
        jdbc.sql("insert into private_rating_submission (report_id, user_id, submitted_at) values (?, ?, ?) on conflict do nothing")
                .params(reportId, user.id(), Timestamp.from(clock.instant())).update();
        events.publishEvent(new PrivateRatingsChanged(reportId));
    }

    /** The chair opens the submitted private ratings for all members; this ends the private phase. */
    @PermitAll
    @Transactional
    public void openForAll(long reportId) {
        Report report = readable(reportId);
        Status status = status(CurrentUser.require(), report);
        if (!status.enabled() || !status.chair()) {
            throw new AccessDeniedException("Only the reference group's chair opens the private ratings");
        }
        if (!status.mayOpen()) {
            throw new FieldValidationException("private-rating", "private.error.closed");
        }
        jdbc.sql("insert into private_rating_opening (report_id, opened_by, opened_at) values (?, ?, ?) on conflict do nothing")
                .params(reportId, CurrentUser.require().id(), Timestamp.from(clock.instant())).update();
        events.publishEvent(new PrivateRatingsChanged(reportId));
    }

    /** Everyone's submitted private ratings, to whoever may see them now (refused otherwise, also for a typed address). */
    @PermitAll
    public List<MemberRating> submittedRatings(long reportId) {
        Report report = readable(reportId);
        if (!status(CurrentUser.require(), report).seesRatings()) {
            throw new AccessDeniedException("The private ratings of report " + reportId + " are not visible to this user yet");
        }
        return submitted(report);
    }

    /** The criteria of a report by how far the submitted private ratings diverge, most first; refused like the ratings. */
    @PermitAll
    public List<Spread> spread(long reportId) {
        Report report = readable(reportId);
        if (!status(CurrentUser.require(), report).seesRatings()) {
            throw new AccessDeniedException("The private ratings of report " + reportId + " are not visible to this user yet");
        }
        return spreads(report, assessments.criteria(report.cycleId()), submitted(report));
    }

    /** The spread of a report when the signed-in user may see its private ratings; empty otherwise (for the meeting agenda). */
    @PermitAll
    public List<Spread> spreadIfVisible(long reportId) {
        Report report = readable(reportId);
        return status(CurrentUser.require(), report).seesRatings()
                ? spreads(report, assessments.criteria(report.cycleId()), submitted(report)) : List.of();
    }

    /** The spread of every criterion in use, most disagreement first (see {@link #MOST_DISAGREEMENT_FIRST}). */
    static List<Spread> spreads(Report report, List<Criterion> criteria, List<MemberRating> ratings) {
        List<Spread> spreads = new ArrayList<>();
        for (Criterion criterion : criteria) {
            if (!criterion.retired()) {
                spreads.add(spreadOf(report.id(), report.unitName(), criterion,
                        ratings.stream().filter(r -> r.criterionId() == criterion.id()).toList()));
            }
        }
        spreads.sort(MOST_DISAGREEMENT_FIRST);
        return spreads;
    }

    static Spread spreadOf(long reportId, String unitName, Criterion criterion, List<MemberRating> ratings) {
        List<Integer> values = ratings.stream().map(r -> ORDINAL.get(r.rating())).filter(Objects::nonNull).toList();
        int notRelevant = (int) ratings.stream().filter(r -> "NOT_RELEVANT".equals(r.rating())).count();
        if (values.isEmpty()) {
            return new Spread(reportId, unitName, criterion, 0, notRelevant, null, null, ratings);
        }
        int range = values.stream().mapToInt(Integer::intValue).max().orElseThrow() - values.stream().mapToInt(Integer::intValue).min().orElseThrow();
        double mean = values.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size();
        return new Spread(reportId, unitName, criterion, values.size(), notRelevant, range, Math.sqrt(variance), ratings);
    }

    private List<MemberRating> submitted(Report report) {
        return ratingsOf(report.id(), "and exists (select 1 from private_rating_submission s where s.report_id = p.report_id and s.user_id = p.user_id)")
                .stream().filter(r -> !r.rating().isEmpty() || !r.note().isEmpty()).toList();
    }

    private List<MemberRating> ratingsOf(long reportId, String condition) {
        return jdbc.sql("select p.user_id, u.full_name, p.criterion_id, p.rating, p.note from private_rating p join app_user u on u.id = p.user_id "
                        + "where p.report_id = ? " + condition + " order by u.full_name, p.criterion_id").param(reportId)
                .query((rs, n) -> new MemberRating(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5))).list();
    }

    private static Set<Long> raters(ReferenceGroup group) {
        Set<Long> raters = new java.util.HashSet<>();
        group.current().stream().filter(m -> m.getUser() != null).forEach(m -> raters.add(m.getUser().getId()));
        return raters;
    }

    /** The report when the signed-in user may read its assessment (the private phase is part of it). */
    Report readable(long reportId) {
        Report report = assessments.report(reportId);
        access.requireReadableAssessment(report);
        return report;
    }
}
