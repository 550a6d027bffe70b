package no.rhf.servicemiljo.assessment.ui;

import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.base.coedit.CoEditedDocument;
import no.rhf.servicemiljo.base.coedit.Edit;
import no.rhf.servicemiljo.base.coedit.StoredEdit;

import java.util.List;
import java.util.Optional;

/** One text of an assessment (a comment, the conclusion, the recommendation) as a co-edited document. */
final class AssessmentText implements CoEditedDocument {

    private final AssessmentService assessments;
    private final long reportId;
    private final String fieldKey;
    /** What the screen opened with (read for all texts at once); later openings read it again. */
    private Snapshot opened;

    AssessmentText(AssessmentService assessments, long reportId, String fieldKey, Snapshot opened) {
        this.assessments = assessments;
        this.reportId = reportId;
        this.fieldKey = fieldKey;
        this.opened = opened;
    }

    @Override
    public String key() {
        return AssessmentService.textKey(reportId, fieldKey);
    }

    @Override
    public Snapshot open() {
        Snapshot snapshot = opened != null ? opened : assessments.texts(reportId).getOrDefault(fieldKey, new Snapshot("", 0));
        opened = null;
        return snapshot;
    }

    @Override
    public Optional<StoredEdit> edit(Edit edit) {
        return assessments.editText(reportId, fieldKey, edit);
    }

    @Override
    public List<StoredEdit> since(long version) {
        return assessments.textEditsSince(reportId, fieldKey, version);
    }
}
