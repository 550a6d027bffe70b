package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.CitationService.Citation;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService.CarriedFollowUp;
import no.rhf.servicemiljo.assessment.FollowUpService.FollowUp;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.i18n.AppI18NProvider;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.UnitService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One unit's assessment as a Word case document, in Norwegian: per criterion the rating, the comment and their
 * citations; the conclusion, the recommendation, the follow-up needs and how last year's were closed. The
 * responsible region is the unit's host region (both for a service hosted in two). Whoever reads the assessment may
 * export it.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentWordExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.forLanguageTag("nb"));

    private final AssessmentService assessments;
    private final FollowUpService followUps;
    private final FollowUpContinuityService continuity;
    private final CitationService citations;
    private final UnitService units;
    private final Messages messages;
    private final Clock clock;

    AssessmentWordExport(AssessmentService assessments, FollowUpService followUps, FollowUpContinuityService continuity,
                         CitationService citations, UnitService units, Messages messages, Clock clock) {
        this.assessments = assessments;
        this.followUps = followUps;
        this.continuity = continuity;
        this.citations = citations;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** The DOCX bytes; refused (like the screen) to whoever may not read the assessment. */
    @PermitAll
    public byte[] docx(long reportId) {
        Report report = assessments.report(reportId);
        Map<String, String> values = assessments.values(reportId); // checks that the assessment is readable
        String region = units.find(report.unitId()).map(u -> u.hostRegions().stream().map(Region::getName).sorted()
                .collect(Collectors.joining(" / "))).orElse(null);
        Map<String, List<Citation>> cited = citations.citations(reportId).stream()
                .collect(Collectors.groupingBy(Citation::fieldKey));
        WordDocument doc = WordDocument.create(t("evidence.word.title", report.reportYear(), report.unitName()), region, LocalDate.now(clock));
        doc.field(t("evidence.word.unit"), report.unitName());
        doc.field(t("evidence.word.status"), t("ReportStatus." + report.status()));
        if (report.receivedOn() != null) {
            doc.field(t("evidence.word.received"), DATE.format(report.receivedOn()));
        }

        doc.heading(1, t("evidence.word.criteria"));
        for (Criterion criterion : assessments.criteria(report.cycleId())) {
            String rating = values.get("rating-" + criterion.id());
            String comment = values.get("comment-" + criterion.id());
            if (criterion.retired() && rating == null && comment == null) {
                continue;
            }
            doc.heading(2, criterion.position() + ". " + criterion.title() + (criterion.retired() ? " (" + t("evidence.word.retired") + ")" : ""));
            doc.paragraph(criterion.guidance());
            doc.field(t("assessment.rating"), rating == null || rating.isEmpty() ? t("summary.not-rated") : t("Rating." + rating));
            citationBullets(doc, cited.get("rating-" + criterion.id()));
            doc.field(t("assessment.comment"), comment == null || comment.isBlank() ? "–" : "");
            if (comment != null && !comment.isBlank()) {
                doc.paragraph(comment);
            }
            citationBullets(doc, cited.get("comment-" + criterion.id()));
        }

        for (String key : List.of("conclusion", "recommendation")) {
            doc.heading(1, t("assessment." + key));
            String text = values.get(key);
            doc.paragraph(text == null || text.isBlank() ? "–" : text);
            citationBullets(doc, cited.get(key));
        }

        doc.heading(1, t("evidence.word.follow-ups"));
        List<FollowUp> items = followUps.followUps(reportId);
        if (items.isEmpty()) {
            doc.paragraph(t("evidence.word.follow-ups.empty"));
        } else {
            doc.table(List.of(t("evidence.word.what"), t("summary.region"), t("evidence.word.due"), t("evidence.word.done")),
                    items.stream().map(f -> List.of(f.description(), f.regionName(), DATE.format(f.dueOn()),
                            t(f.done() ? "evidence.word.yes" : "evidence.word.no"))).toList());
        }

        List<CarriedFollowUp> carried = continuity.carried(reportId);
        if (!carried.isEmpty()) {
            doc.heading(1, t("continuity.title"));
            List<List<String>> rows = new ArrayList<>();
            for (CarriedFollowUp item : carried) {
                rows.add(List.of(item.description() + " (" + item.sourceYear() + ")", item.regionName(),
                        item.closed() ? t("ClosingStatus." + item.status()) : t("continuity.open"), item.comment() == null ? "" : item.comment()));
            }
            doc.table(List.of(t("evidence.word.what"), t("summary.region"), t("continuity.status"), t("continuity.comment")), rows);
        }
        return doc.toBytes();
    }

    private void citationBullets(WordDocument doc, List<Citation> list) {
        if (list != null && !list.isEmpty()) {
            doc.bullets(list.stream().map(this::describe).toList());
        }
    }

    private String describe(Citation c) {
        return t("evidence.word.citation", c.page(), c.fileName()) + (c.quote() == null ? "" : ": «" + c.quote() + "»");
    }

    private String t(String key, Object... arguments) {
        return messages.get(key, AppI18NProvider.NORWEGIAN, arguments);
    }
}
