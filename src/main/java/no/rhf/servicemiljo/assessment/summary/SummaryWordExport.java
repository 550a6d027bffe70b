package no.rhf.servicemiljo.assessment.summary;

import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.ClosingStatus;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryExport.Labels;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.Distribution;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.NationalSummary;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.UnitLine;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService.Closures;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService.RegionClosures;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService.SummaryCitation;
import no.rhf.servicemiljo.assessment.summary.SummaryTextService.SummaryText;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.organisation.Region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national summary as the IRF case in Word ("sak til IRF"): what goes well and the common challenges (the
 * summary's text), the unit × criterion table, a table per criterion by region, last year's follow-up needs closed
 * per region, and the citations of the reports' pages. In Norwegian, like the PDF.
 */
final class SummaryWordExport {

    private SummaryWordExport() {
    }

    static byte[] docx(NationalSummary summary, SummaryText text, Closures closures, List<SummaryCitation> citations,
                       String responsibleRegion, LocalDate today, Labels labels) {
        WordDocument doc = WordDocument.create(labels.get("summary.word.title", summary.cycle().reportYear()), responsibleRegion, today);
        doc.paragraph(labels.get(summary.preliminaryIncluded() ? "summary.rule.preliminary" : "summary.rule")
                + " " + labels.get("summary.counted", summary.countedReports(), summary.units().size()));

        doc.heading(1, labels.get("summary.word.text"));
        doc.paragraph(text.text().isBlank() ? labels.get("summary.text.empty") : text.text());

        doc.heading(1, labels.get("summary.units"));
        if (summary.units().isEmpty()) {
            doc.paragraph(labels.get("summary.units.empty"));
        } else {
            // One column for the ratings ("K1: Oppfylt, K2: …"): Word tables share the page width evenly, and a column
            // per criterion would leave the unit names a few letters wide on a portrait page.
            List<List<String>> rows = new ArrayList<>();
            for (UnitLine unit : summary.units()) {
                String ratings = unit.counted() ? String.join("; ", summary.criteria().stream()
                        .map(c -> NationalSummaryExport.shortLabel(c) + ": " + NationalSummaryExport.cell(unit, c, labels)).toList()) : "";
                rows.add(List.of(unit.unitName(), unit.regionNames(), labels.get("ReportStatus." + unit.status()), ratings));
            }
            doc.table(List.of(labels.get("summary.unit"), labels.get("summary.region"), labels.get("summary.status"),
                    labels.get("summary.word.ratings")), rows);
            doc.bullets(summary.criteria().stream().map(c -> NationalSummaryExport.shortLabel(c) + ": " + c.title()).toList());
        }

        doc.heading(1, labels.get("summary.distribution"));
        if (summary.countedReports() == 0) {
            doc.paragraph(labels.get("summary.distribution.empty"));
        } else {
            for (Distribution distribution : summary.distributions()) {
                Criterion criterion = distribution.criterion();
                doc.heading(2, NationalSummaryExport.shortLabel(criterion) + " " + criterion.title());
                List<String> header = new ArrayList<>(List.of(labels.get("summary.region")));
                NationalSummaryExport.ratingKeys().forEach(r -> header.add(NationalSummaryExport.ratingLabel(r, labels)));
                List<List<String>> rows = new ArrayList<>();
                for (Region region : summary.regions()) {
                    List<String> row = new ArrayList<>(List.of(region.getName()));
                    NationalSummaryExport.ratingKeys().forEach(r -> row.add(String.valueOf(distribution.count(region.getId(), r))));
                    rows.add(row);
                }
                List<String> national = new ArrayList<>(List.of(labels.get("summary.national")));
                NationalSummaryExport.ratingKeys().forEach(r -> national.add(String.valueOf(distribution.total(r))));
                rows.add(national);
                doc.table(header, rows);
            }
        }

        doc.heading(1, labels.get("summary.closures"));
        if (closures.national().carried() == 0) {
            doc.paragraph(labels.get("summary.closures.empty"));
        } else {
            doc.paragraph(labels.get("summary.closures.help"));
            doc.table(closureHeader(labels), closureRows(closures, labels));
        }

        doc.heading(1, labels.get("summary.citations"));
        if (citations.isEmpty()) {
            doc.paragraph(labels.get("summary.citations.empty"));
        } else {
            doc.table(List.of(labels.get("summary.unit"), labels.get("citation.field"), labels.get("citation.page"), labels.get("citation.quote.header")),
                    citations.stream().map(c -> List.of(c.unitName(), c.fieldLabel(), String.valueOf(c.page()),
                            c.quote() == null ? "" : "«" + c.quote() + "»")).toList());
        }
        return doc.toBytes();
    }

    static List<String> closureHeader(Labels labels) {
        List<String> header = new ArrayList<>(List.of(labels.get("summary.region"), labels.get("summary.closures.carried"),
                labels.get("summary.closures.closed")));
        for (ClosingStatus status : ClosingStatus.values()) {
            header.add(labels.get("ClosingStatus." + status));
        }
        header.add(labels.get("summary.closures.open"));
        return header;
    }

    static List<List<String>> closureRows(Closures closures, Labels labels) {
        List<List<String>> rows = new ArrayList<>();
        for (RegionClosures region : closures.regions()) {
            rows.add(closureRow(region.region().getName(), region));
        }
        rows.add(closureRow(labels.get("summary.national"), closures.national()));
        return rows;
    }

    private static List<String> closureRow(String name, RegionClosures closures) {
        List<String> row = new ArrayList<>(List.of(name, String.valueOf(closures.carried()), String.valueOf(closures.closed())));
        for (ClosingStatus status : ClosingStatus.values()) {
            row.add(String.valueOf(closures.count(status)));
        }
        row.add(String.valueOf(closures.carried() - closures.closed()));
        return row;
    }
}
