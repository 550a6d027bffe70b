package no.rhf.servicemiljo.dashboard.panels;

import java.util.List;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.base.ServiceEnvironmentProperties;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The service environment is to be evaluated after two years of operation. */
@Component
class EvaluationPanel implements DashboardPanel {

    private final Clock clock;
    private final LocalDate operationStart;

    EvaluationPanel(Clock clock, ServiceEnvironmentProperties settings) {
        this.clock = clock;
        this.operationStart = settings.operationStart();
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String titleKey() {
        return "dashboard.evaluation";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        LocalDate due = operationStart.plusYears(2);
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), due);
        panel.add(new Paragraph(panel.getTranslation("dashboard.evaluation.text", Formats.date(operationStart), Formats.date(due))));
        Paragraph state = new Paragraph(days >= 0 ? panel.getTranslation("dashboard.evaluation.in-days", days)
                : panel.getTranslation("dashboard.evaluation.due-since", Formats.date(due), -days));
        state.setId("evaluation-state");
        if (days < 0) {
            state.addClassName("sm-overdue");
        }
        panel.add(state);
        return panel;
    }

    /** Nothing it shows is changed by a live event: it is built when the dashboard opens. */
    @Override
    public List<LiveUpdates.Interest<?>> changes() {
        return List.of();
    }
}
