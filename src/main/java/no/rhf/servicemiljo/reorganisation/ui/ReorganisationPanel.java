package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.html.Div;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.dashboard.Panels;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Reorganisation cases in progress (open, in IRF, decided), the viewer's own region first. */
@Component
class ReorganisationPanel implements DashboardPanel {

    private final ReorganisationService service;

    ReorganisationPanel(ReorganisationService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public String titleKey() {
        return "reorganisation.dashboard";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        List<ReorganisationCase> cases = service.all().stream().filter(c -> c.getStatus().inProgress())
                .sorted(Comparator.comparing((ReorganisationCase c) -> !own(c, viewer))
                        .thenComparing(c -> c.getStatus().ordinal(), Comparator.reverseOrder()))
                .toList();
        if (cases.isEmpty()) {
            panel.add(Panels.empty(panel, "reorganisation.dashboard.empty"));
            return panel;
        }
        HtmlTable table = new HtmlTable(List.of(panel.getTranslation("reorganisation.unit"),
                panel.getTranslation("reorganisation.kind"), panel.getTranslation("reorganisation.responsible-region"),
                panel.getTranslation("reorganisation.status")));
        cases.forEach(c -> table.addRow(List.of(c.getUnit().getNameNb(), Formats.enumLabel(c.getKind()),
                c.getResponsibleRegion().getName(), Formats.enumLabel(c.getStatus())), own(c, viewer)));
        table.setId("reorganisation-table");
        panel.add(table, UnitLinks.caseLinkToList(panel.getTranslation("reorganisation.dashboard.all")));
        return panel;
    }

    private static boolean own(ReorganisationCase c, AppUserPrincipal viewer) {
        return c.getResponsibleRegion().getId().equals(viewer.regionId());
    }
}
