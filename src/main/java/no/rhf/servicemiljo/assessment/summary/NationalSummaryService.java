package no.rhf.servicemiljo.assessment.summary;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Cycle;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national summary of a reporting cycle (May, as a case for IRF): every unit with its report's status
 * and its rating per criterion, the distribution of ratings per criterion by region, and a co-edited text
 * "what goes well / common challenges".
 *
 * <p>Which ratings count: those of reports approved by their reference group (APPROVED, IN_SUMMARY). ADMIN
 * and coordinators may add the reports the region has assessed but the reference group not yet approved
 * (ASSESSED), marked as preliminary. Ratings of reports still being assessed are never shown here: they
 * are not yet anyone's conclusion. A unit hosted in two regions counts once in each host region and once
 * in the national total, so the regions may add up to more than the total.
 *
 * <p>ADMIN and regional coordinators edit the text and move approved reports into the summary; observers
 * and IRF members read; everyone else is refused.
 */
@Service
@Transactional(readOnly = true)
public class NationalSummaryService {

    public static final int MAX_TEXT = AssessmentService.MAX_TEXT;
    /** The ratings in the order they are shown, and the key for "no rating given". */
    public static final String NOT_RATED = "NONE";
    public static final List<String> STATUSES = List.of("EXPECTED", "RECEIVED", "UNDER_ASSESSMENT", "ASSESSED", "APPROVED", "IN_SUMMARY");
    static final Set<String> FINAL = Set.of("APPROVED", "IN_SUMMARY");

    /** One unit's line: ratings holds only the ratings shown (see the class comment), by criterion id. */
    public record UnitLine(long reportId, long unitId, String unitName, List<Region> hostRegions, String status,
                           Map<Long, String> ratings, boolean preliminary, boolean counted) {

        public String regionNames() {
            return String.join(" / ", hostRegions.stream().map(Region::getName).toList());
        }
    }

    /** The ratings of one criterion: counts per rating key (including {@link #NOT_RATED}) nationally and per region. */
    public record Distribution(Criterion criterion, Map<String, Integer> national, Map<Short, Map<String, Integer>> byRegion) {

        public int count(Short regionId, String rating) {
            return byRegion.getOrDefault(regionId, Map.of()).getOrDefault(rating, 0);
        }

        public int total(String rating) {
            return national.getOrDefault(rating, 0);
        }
    }

    public record NationalSummary(Cycle cycle, List<Criterion> criteria, List<Region> regions, List<UnitLine> units,
                                  List<Distribution> distributions, boolean preliminaryIncluded) {

        public long countedReports() {
            return units.stream().filter(UnitLine::counted).count();
        }
    }

    public record RegionProgress(Region region, Map<String, Integer> byStatus) {

        public int count(String status) {
            return byStatus.getOrDefault(status, 0);
        }

        public int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Per region the reports of the newest cycle by status; the national line counts each report once. */
    public record CycleProgress(int reportYear, List<RegionProgress> regions, Map<String, Integer> national) {
    }

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final OrganisationService organisation;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SummaryTextService texts;

    NationalSummaryService(JdbcClient jdbc, AssessmentService assessments, OrganisationService organisation, Messages messages,
                           ApplicationEventPublisher events, Clock clock, SummaryTextService texts) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.assessments = assessments;
        this.organisation = organisation;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may edit the text and move reports into the summary. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public boolean canEdit() {
        return CurrentUser.get().map(NationalSummaryService::mayEdit).orElse(false);
    }

    /**
     * The summary of a cycle in three queries (the cycles, the criteria, the reports with host regions and ratings).
     * {@code includePreliminary} adds assessed-but-not-approved reports for those who may edit; others get
     * the approved ones only.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public NationalSummary summary(long cycleId, boolean includePreliminary) {
        AppUserPrincipal user = requireReader();
        boolean preliminary = includePreliminary && mayEdit(user);
        Cycle cycle = cycle(cycleId);
        List<Criterion> criteria = assessments.criteria(cycleId).stream().filter(c -> !c.retired()).toList();
        List<Region> regions = organisation.regions();
        Map<Short, Region> regionById = new LinkedHashMap<>();
        regions.forEach(r -> regionById.put(r.getId(), r));

        record Row(long reportId, long unitId, String unitName, String status, Set<Short> regions, Map<Long, String> ratings) {
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select r.id, u.id, u.name_nb, r.status, t1.region_id, t2.region_id, v.field_key, v.value
                from annual_report r join national_unit u on u.id = r.unit_id
                join health_trust t1 on t1.id = u.host_trust_id
                left join health_trust t2 on t2.id = u.second_host_trust_id
                left join assessment_value v on v.report_id = r.id and v.field_key like 'rating-%'
                where r.cycle_id = ? order by u.name_nb, r.id
                """).param(cycleId).query(rs -> {
            long reportId = rs.getLong(1);
            Row row = rows.get(reportId);
            if (row == null) {
                Set<Short> hosts = new LinkedHashSet<>();
                hosts.add(rs.getShort(5));
                if (rs.getObject(6) != null) {
                    hosts.add(rs.getShort(6));
                }
                row = new Row(reportId, rs.getLong(2), rs.getString(3), rs.getString(4), hosts, new LinkedHashMap<>());
                rows.put(reportId, row);
            }
            String key = rs.getString(7);
            String value = rs.getString(8);
            if (key != null && value != null && !value.isEmpty()) {
                row.ratings().put(Long.parseLong(key.substring("rating-".length())), value);
            }
        });

        List<UnitLine> units = new ArrayList<>();
        for (Row row : rows.values()) {
            boolean isPreliminary = "ASSESSED".equals(row.status());
            boolean counted = FINAL.contains(row.status()) || (preliminary && isPreliminary);
            units.add(new UnitLine(row.reportId(), row.unitId(), row.unitName(),
                    row.regions().stream().map(regionById::get).toList(), row.status(),
                    counted ? Map.copyOf(row.ratings()) : Map.of(), counted && isPreliminary, counted));
        }
        List<Distribution> distributions = new ArrayList<>();
        for (Criterion criterion : criteria) {
            Map<String, Integer> national = new LinkedHashMap<>();
            Map<Short, Map<String, Integer>> byRegion = new LinkedHashMap<>();
            for (UnitLine unit : units) {
                if (!unit.counted()) {
                    continue;
                }
                String rating = unit.ratings().getOrDefault(criterion.id(), NOT_RATED);
                national.merge(rating, 1, Integer::sum);
                for (Region region : unit.hostRegions()) {
                    byRegion.computeIfAbsent(region.getId(), id -> new LinkedHashMap<>()).merge(rating, 1, Integer::sum);
                }
            }
            distributions.add(new Distribution(criterion, national, byRegion));
        }
        return new NationalSummary(cycle, List.copyOf(criteria), regions, List.copyOf(units), List.copyOf(distributions), preliminary);
    }

    /** Moves one approved report into the summary (APPROVED → IN_SUMMARY), recorded as an event. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void includeInSummary(long reportId) {
        move(reportId, "APPROVED", "IN_SUMMARY", "summary.error.not-approved");
    }

    /** Takes a report back out of the summary (it stays approved); recorded as OUT_OF_SUMMARY. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void excludeFromSummary(long reportId) {
        move(reportId, "IN_SUMMARY", "APPROVED", "summary.error.not-included");
    }

    private void move(long reportId, String from, String to, String errorKey) {
        AppUserPrincipal user = requireEditor();
        Long cycleId = jdbc.sql("update annual_report set status = ?, version = version + 1 where id = ? and status = ? returning cycle_id")
                .params(to, reportId, from).query(Long.class).optional().orElse(null);
        if (cycleId == null) {
            throw new FieldValidationException("status", errorKey);
        }
        jdbc.sql("insert into annual_report_event (report_id, event, user_id, at) values (?, ?, ?, ?)")
                .params(reportId, "IN_SUMMARY".equals(to) ? "IN_SUMMARY" : "OUT_OF_SUMMARY", user.id(), Timestamp.from(clock.instant())).update();
        events.publishEvent(new SummaryChanged(cycleId));
    }

    /** Moves every approved report of the cycle into the summary in one statement; returns how many. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public int includeAllApproved(long cycleId) {
        AppUserPrincipal user = requireEditor();
        requireCycle(cycleId);
        int moved = jdbc.sql("""
                with moved as (
                    update annual_report set status = 'IN_SUMMARY', version = version + 1
                    where cycle_id = ? and status = 'APPROVED' returning id)
                insert into annual_report_event (report_id, event, user_id, at) select id, 'IN_SUMMARY', ?, ? from moved
                """).params(cycleId, user.id(), Timestamp.from(clock.instant())).update();
        if (moved > 0) {
            events.publishEvent(new SummaryChanged(cycleId));
        }
        return moved;
    }

    /** The number of approved reports not yet in the summary (what "include all approved" would move). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public int approvedNotIncluded(long cycleId) {
        requireReader();
        return jdbc.sql("select count(*) from annual_report where cycle_id = ? and status = 'APPROVED'")
                .param(cycleId).query(Integer.class).single();
    }

    /**
     * The summary as CSV for spreadsheets: UTF-8 with a byte-order mark, semicolon-separated, its texts in the reader's
     * language (the column names stay the same in every language, for whoever reads the file by them).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public byte[] exportCsv(long cycleId, boolean includePreliminary, Locale language) {
        return NationalSummaryExport.csv(summary(cycleId, includePreliminary), NationalSummaryExport.labels(messages, language));
    }

    /** The summary as a PDF for the IRF case: the text, the unit table and the distributions, in the reader's language. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public byte[] exportPdf(long cycleId, boolean includePreliminary, Locale language) {
        AppUserPrincipal user = requireReader();
        return NationalSummaryExport.pdf(summary(cycleId, includePreliminary), texts.text(cycleId), user.fullName(),
                LocalDate.now(clock), NationalSummaryExport.labels(messages, language));
    }

    /** The newest cycle's reports per host region and status, in one query; empty when there is no cycle. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public Optional<CycleProgress> progress() {
        requireReader();
        int[] year = {0};
        Map<Short, Map<String, Integer>> byRegion = new LinkedHashMap<>();
        Map<String, Integer> national = new LinkedHashMap<>();
        jdbc.sql("""
                with newest as (select id, report_year from reporting_cycle order by report_year desc limit 1)
                select n.report_year, t.region_id, r.status, count(distinct r.id), grouping(t.region_id)
                from newest n
                left join annual_report r on r.cycle_id = n.id
                left join national_unit u on u.id = r.unit_id
                left join health_trust t on t.id in (u.host_trust_id, u.second_host_trust_id)
                group by grouping sets ((n.report_year, t.region_id, r.status), (n.report_year, r.status))
                """).query(rs -> {
            year[0] = rs.getInt(1);
            String status = rs.getString(3);
            if (status == null) {
                return;
            }
            int count = rs.getInt(4);
            if (rs.getInt(5) == 1) {
                national.put(status, count);
            } else {
                byRegion.computeIfAbsent(rs.getShort(2), id -> new LinkedHashMap<>()).put(status, count);
            }
        });
        if (year[0] == 0) {
            return Optional.empty();
        }
        List<RegionProgress> regions = organisation.regions().stream()
                .map(r -> new RegionProgress(r, byRegion.getOrDefault(r.getId(), Map.of()))).toList();
        return Optional.of(new CycleProgress(year[0], regions, national));
    }

    private Cycle cycle(long cycleId) {
        return assessments.cycles().stream().filter(c -> c.id() == cycleId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No such reporting cycle"));
    }

    private void requireCycle(long cycleId) {
        cycle(cycleId);
    }

    /** Checked here as well as by the annotations, so that a call without method security is refused too. */
    static AppUserPrincipal requireReader() {
        AppUserPrincipal user = CurrentUser.require();
        if (!Set.of(Role.ADMIN, Role.REGIONAL_COORDINATOR, Role.OBSERVER, Role.IRF_MEMBER).contains(user.role())) {
            throw new AccessDeniedException("The national summary is not open to " + user.role());
        }
        return user;
    }

    static AppUserPrincipal requireEditor() {
        AppUserPrincipal user = CurrentUser.require();
        if (!mayEdit(user)) {
            throw new AccessDeniedException("Only ADMIN and regional coordinators edit the national summary");
        }
        return user;
    }

    private static boolean mayEdit(AppUserPrincipal user) {
        return user.role() == Role.ADMIN || user.role() == Role.REGIONAL_COORDINATOR;
    }
}
