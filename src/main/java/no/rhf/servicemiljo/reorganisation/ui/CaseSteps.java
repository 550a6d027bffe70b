package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.reorganisation.CaseStatus;

/** The five steps of a case in order, the current one marked (for screen readers too: aria-current). */
class CaseSteps extends OrderedList {

    CaseSteps(CaseStatus current) {
        setId("case-steps");
        addClassName("sm-steps");
        for (CaseStatus step : CaseStatus.values()) {
            ListItem item = new ListItem(Formats.enumLabel(step));
            if (step == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.getStyle().set("font-weight", "bold");
                item.setText(getTranslation("reorganisation.step.current", Formats.enumLabel(step)));
            } else if (step.ordinal() < current.ordinal()) {
                item.addClassName("sm-muted");
                item.setText(getTranslation("reorganisation.step.done", Formats.enumLabel(step)));
            }
            add(item);
        }
    }
}
