package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.PrivateRatingService;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;
import org.springframework.stereotype.Component;

/**
 * What the assessment screens need of the independent ratings, behind one bean so that the views get small hooks
 * only: the private phase panel of a report (with the ratings beside each criterion) and the cycle setting.
 */
@Component
class PrivateRatingUi {

    private final AssessmentService assessments;
    private final PrivateRatingService privateRatings;
    private final MeetingAgendaService meetings;
    private final LiveUpdates liveUpdates;

    PrivateRatingUi(AssessmentService assessments, PrivateRatingService privateRatings, MeetingAgendaService meetings,
                    LiveUpdates liveUpdates) {
        this.assessments = assessments;
        this.privateRatings = privateRatings;
        this.meetings = meetings;
        this.liveUpdates = liveUpdates;
    }

    /** The panel of a report whose cycle asks for independent ratings first; null when it does not. */
    PrivateRatingPanel panel(Report report) {
        if (!privateRatings.independentFirst(report.cycleId())) {
            return null;
        }
        PrivateRatingPanel panel = new PrivateRatingPanel(privateRatings, meetings, report,
                assessments.criteria(report.cycleId()).stream().filter(c -> !c.retired()).toList());
        liveUpdates.refreshWhileAttached(panel, panel::refresh, no.rhf.servicemiljo.assessment.PrivateRatingsChanged.class);
        return panel;
    }

    /** ADMIN's cycle setting "Uavhengig vurdering først", stored when ticked. */
    Checkbox independentFirstToggle(long cycleId) {
        Checkbox toggle = new Checkbox(privateRatings.independentFirst(cycleId));
        toggle.setLabel(toggle.getTranslation("private.setting"));
        toggle.setHelperText(toggle.getTranslation("private.setting.help"));
        toggle.setId("cycle-independent-first");
        toggle.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                privateRatings.setIndependentFirst(cycleId, e.getValue());
                Notifications.success(toggle.getTranslation(e.getValue() ? "private.setting.on" : "private.setting.off"));
            }
        });
        return toggle;
    }
}
