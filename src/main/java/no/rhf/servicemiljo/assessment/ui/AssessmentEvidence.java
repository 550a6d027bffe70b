package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.AssessmentWordExport;
import no.rhf.servicemiljo.assessment.CitationService;
import no.rhf.servicemiljo.assessment.CitationService.Citation;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.ui.DocumentDownload;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What continuity and evidence add to the assessment view, in one place so that the view needs only small hooks:
 * the citations under each field, last year's follow-up needs to close, and the Word export.
 */
@org.springframework.stereotype.Component
class AssessmentEvidence {

    private final CitationService citations;
    private final FollowUpContinuityService continuity;
    private final ReportReceiptService receipts;
    private final AssessmentWordExport word;

    AssessmentEvidence(CitationService citations, FollowUpContinuityService continuity, ReportReceiptService receipts,
                       AssessmentWordExport word) {
        this.citations = citations;
        this.continuity = continuity;
        this.receipts = receipts;
        this.word = word;
    }

    /** The pieces for one report as the signed-in user may see it (one query for all its citations). */
    Hooks of(Report report, boolean editable) {
        return new Hooks(report, editable);
    }

    final class Hooks {

        private final Report report;
        private final boolean editable;
        private final Map<String, List<Citation>> byField;
        private final boolean hasFile;
        private final OptionalInt pages;

        private Hooks(Report report, boolean editable) {
            this.report = report;
            this.editable = editable;
            this.byField = citations.citations(report.id()).stream().collect(Collectors.groupingBy(Citation::fieldKey));
            this.hasFile = !receipts.files(report.id()).isEmpty();
            this.pages = editable && hasFile ? citations.currentPageCount(report.id()) : OptionalInt.empty();
        }

        /** A criterion's card with the citations of its rating and comment added. */
        Div criterion(Div card, Criterion criterion) {
            boolean open = editable && !criterion.retired();
            card.add(cited("rating-" + criterion.id(), open), cited("comment-" + criterion.id(), open));
            return card;
        }

        Component cited(String fieldKey) {
            return cited(fieldKey, editable);
        }

        private Component cited(String fieldKey, boolean open) {
            return new CitationList(citations, receipts, report.id(), fieldKey, byField.getOrDefault(fieldKey, List.of()), open,
                    hasFile, pages);
        }

        /** Last year's follow-up needs to close (hidden when none were carried over). */
        Component carried() {
            return new CarriedFollowUpPanel(continuity, report.id(), continuity.carried(report.id()), editable);
        }

        /** The Word export of the assessment, made in the background. */
        Component download(String label) {
            long id = report.id();
            DocumentDownload download = new DocumentDownload(label, "vurdering-" + report.reportYear() + "-" + id + ".docx",
                    WordDocument.CONTENT_TYPE, () -> word.docx(id));
            download.button().setId("assessment-export-word");
            return download;
        }
    }
}
