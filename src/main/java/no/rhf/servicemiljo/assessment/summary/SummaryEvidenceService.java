package no.rhf.servicemiljo.assessment.summary;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.ClosingStatus;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.NationalSummary;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.UnitLine;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryExport.Labels;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.leadership.LeadershipService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the national summary adds from continuity and evidence, under the summary's own rules (the reports that
 * count, see {@link NationalSummaryService}): how many of last year's follow-up needs carried into this cycle were
 * closed, per responsible region, and the citations of the report pages behind the ratings and comments; and the
 * summary as a Word document for the IRF case.
 */
@Service
@Transactional(readOnly = true)
public class SummaryEvidenceService {

    /** Carried-over follow-up needs of one region ({@code region} null: the whole country), closed ones by status. */
    public record RegionClosures(Region region, int carried, Map<ClosingStatus, Integer> closedBy) {

        public int closed() {
            return closedBy.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(ClosingStatus status) {
            return closedBy.getOrDefault(status, 0);
        }
    }

    public record Closures(List<RegionClosures> regions, RegionClosures national) {
    }

    /** A citation in a counted report: the unit, the field it supports, the page and the quoted passage (may be null). */
    public record SummaryCitation(long reportId, String unitName, String fieldKey, String fieldLabel, long fileId, int page,
                                  String quote) {
    }

    private final NationalSummaryService summaries;
    private final SummaryTextService texts;
    private final LeadershipService leadership;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    SummaryEvidenceService(NationalSummaryService summaries, SummaryTextService texts, LeadershipService leadership, JdbcClient jdbc,
                           Messages messages, Clock clock) {
        this.summaries = summaries;
        this.texts = texts;
        this.leadership = leadership;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public Closures closures(long cycleId, boolean includePreliminary) {
        return closures(summaries.summary(cycleId, includePreliminary));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public List<SummaryCitation> citations(long cycleId, boolean includePreliminary, Locale language) {
        return citations(summaries.summary(cycleId, includePreliminary), NationalSummaryExport.labels(messages, language));
    }

    /** The bytes of a cited upload, for readers of the summary, when its report counts in a summary they may see. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public byte[] citedFile(long fileId) {
        AppUserPrincipal user = NationalSummaryService.requireReader();
        Set<String> visible = user.role() == Role.ADMIN || user.role() == Role.REGIONAL_COORDINATOR
                ? Set.of("ASSESSED", "APPROVED", "IN_SUMMARY") : NationalSummaryService.FINAL;
        return jdbc.sql("""
                select f.content from annual_report_file f join annual_report r on r.id = f.report_id
                where f.id = :id and r.status in (:statuses)
                  and exists (select 1 from assessment_citation c where c.file_id = f.id)
                """).param("id", fileId).param("statuses", visible).query(byte[].class).optional()
                .orElseThrow(() -> new AccessDeniedException("File " + fileId + " is not cited in a counted report"));
    }

    /** The national summary as a Word document, "sak til IRF". */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public byte[] exportWord(long cycleId, boolean includePreliminary, Locale language) {
        NationalSummary summary = summaries.summary(cycleId, includePreliminary);
        Labels labels = NationalSummaryExport.labels(messages, language);
        return SummaryWordExport.docx(summary, texts.text(cycleId), closures(summary), citations(summary, labels),
                leadingRegion().orElse(null), LocalDate.now(clock), labels);
    }

    /** The region leading the service environment today, if a leadership period covers it. */
    Optional<String> leadingRegion() {
        return leadership.status().current().map(p -> p.getRegion().getName());
    }

    private Closures closures(NationalSummary summary) {
        List<Long> ids = counted(summary);
        Map<Short, int[]> carried = new LinkedHashMap<>();
        Map<Short, Map<ClosingStatus, Integer>> closed = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    select region_id, closing_status, count(*) from follow_up_carry_over where report_id in (:ids)
                    group by region_id, closing_status
                    """).param("ids", ids).query(rs -> {
                short region = rs.getShort(1);
                carried.computeIfAbsent(region, r -> new int[1])[0] += rs.getInt(3);
                if (rs.getString(2) != null) {
                    closed.computeIfAbsent(region, r -> new EnumMap<>(ClosingStatus.class))
                            .merge(ClosingStatus.valueOf(rs.getString(2)), rs.getInt(3), Integer::sum);
                }
            });
        }
        List<RegionClosures> regions = summary.regions().stream().map(r -> new RegionClosures(r,
                carried.getOrDefault(r.getId(), new int[1])[0], closed.getOrDefault(r.getId(), Map.of()))).toList();
        Map<ClosingStatus, Integer> total = new EnumMap<>(ClosingStatus.class);
        closed.values().forEach(m -> m.forEach((s, n) -> total.merge(s, n, Integer::sum)));
        return new Closures(regions, new RegionClosures(null, carried.values().stream().mapToInt(a -> a[0]).sum(), total));
    }

    private List<SummaryCitation> citations(NationalSummary summary, Labels labels) {
        List<Long> ids = counted(summary);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> units = summary.units().stream().collect(Collectors.toMap(UnitLine::reportId, UnitLine::unitName));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Criterion c : summary.criteria()) {
            fields.put("rating-" + c.id(), NationalSummaryExport.shortLabel(c) + " " + c.title() + " – " + labels.get("citation.of.rating"));
            fields.put("comment-" + c.id(), NationalSummaryExport.shortLabel(c) + " " + c.title() + " – " + labels.get("citation.of.comment"));
        }
        fields.put("conclusion", labels.get("citation.of.conclusion"));
        fields.put("recommendation", labels.get("citation.of.recommendation"));
        return jdbc.sql("select report_id, field_key, file_id, page, quote from assessment_citation where report_id in (:ids) order by report_id, field_key, page, id")
                .param("ids", ids).query((rs, n) -> new SummaryCitation(rs.getLong(1), units.get(rs.getLong(1)), rs.getString(2),
                        fields.getOrDefault(rs.getString(2), rs.getString(2)), rs.getLong(3), rs.getInt(4), rs.getString(5))).list()
                .stream().filter(c -> fields.containsKey(c.fieldKey()))
                .sorted(java.util.Comparator.comparing(SummaryCitation::unitName).thenComparing(c -> order(summary, c.fieldKey()))
                        .thenComparingInt(SummaryCitation::page)).toList();
    }

    /** Fields in the order of the assessment: the criteria by position (rating before comment), then the overall texts. */
    private static int order(NationalSummary summary, String fieldKey) {
        for (Criterion c : summary.criteria()) {
            if (fieldKey.equals("rating-" + c.id())) {
                return c.position() * 2;
            }
            if (fieldKey.equals("comment-" + c.id())) {
                return c.position() * 2 + 1;
            }
        }
        return fieldKey.equals("conclusion") ? 1_000_000 : 1_000_001;
    }

    private static List<Long> counted(NationalSummary summary) {
        return summary.units().stream().filter(UnitLine::counted).map(UnitLine::reportId).toList();
    }

}
