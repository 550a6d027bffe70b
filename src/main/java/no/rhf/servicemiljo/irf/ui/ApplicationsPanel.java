package no.rhf.servicemiljo.irf.ui;

import no.rhf.servicemiljo.base.ui.LiveUpdates;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.dashboard.Panels;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** This year's round of applications for new national services, per applying region. */
@Component
class ApplicationsPanel implements DashboardPanel {

    private final ApplicationService applications;
    private final OrganisationService organisation;

    ApplicationsPanel(ApplicationService applications, OrganisationService organisation) {
        this.applications = applications;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "dashboard.applications";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        Optional<IrfRound> round = applications.currentRound();
        if (round.isEmpty()) {
            panel.add(Panels.empty(panel, "dashboard.applications.empty"));
            return panel;
        }
        List<Application> all = applications.applications(round.get().id());
        panel.add(new Paragraph(panel.getTranslation("dashboard.applications.round", round.get().year())));
        if (all.isEmpty()) {
            panel.add(Panels.empty(panel, "dashboard.applications.none"));
            return panel;
        }
        Map<Short, Map<String, Long>> byRegion = all.stream().collect(Collectors.groupingBy(Application::applyingRegionId,
                Collectors.groupingBy(a -> Formats.enumLabel(a.status()), java.util.TreeMap::new, Collectors.counting())));
        HtmlTable table = new HtmlTable(List.of(panel.getTranslation("unit.region"),
                panel.getTranslation("dashboard.applications.count"), panel.getTranslation("dashboard.applications.status")),
                false, true, false);
        for (Region region : Panels.ownRegionFirst(organisation.regions(), viewer)) {
            Map<String, Long> statuses = byRegion.getOrDefault(region.getId(), Map.of());
            long count = statuses.values().stream().mapToLong(Long::longValue).sum();
            table.addRow(List.of(region.getName(), String.valueOf(count), statuses.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))), Panels.isOwn(region, viewer));
        }
        table.setId("applications-table");
        panel.add(table);
        return panel;
    }

    /** Rebuilt after these changes only. */
    @Override
    public List<LiveUpdates.Interest<?>> changes() {
        return List.of(LiveUpdates.any(no.rhf.servicemiljo.irf.ApplicationChanged.class));
    }
}
