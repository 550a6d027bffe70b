package no.rhf.servicemiljo.leadership.ui;

import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.leadership.LeadershipChanged;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.dashboard.Panels;
import no.rhf.servicemiljo.leadership.HandoverItem;
import no.rhf.servicemiljo.leadership.LeadershipService;
import no.rhf.servicemiljo.leadership.LeadershipStatus;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;


import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who leads now and next, the handover's progress, and the contacts of the regional nodes. */
@org.springframework.stereotype.Component
class LeadershipPanel implements DashboardPanel {

    private final LeadershipService leadership;
    private final UserService users;
    private final OrganisationService organisation;

    LeadershipPanel(LeadershipService leadership, UserService users, OrganisationService organisation) {
        this.leadership = leadership;
        this.users = users;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "dashboard.leadership";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        LeadershipStatus status = leadership.status();
        Span leader = new Span(status.current().map(p -> p.getRegion().getName())
                .orElse(panel.getTranslation("leadership.none")));
        leader.addClassName("sm-leader");
        leader.setId("current-leader");
        panel.add(leader);
        status.current().ifPresent(p -> panel.add(new Paragraph(panel.getTranslation("leadership.period",
                p.getStartsOn().getYear(), p.getEndsOn().getYear()))));
        panel.add(new Paragraph(status.next().map(p -> panel.getTranslation("leadership.next", p.getRegion().getName(),
                p.getStartsOn().getYear(), p.getEndsOn().getYear())).orElse(panel.getTranslation("leadership.no-next"))));
        status.handover().ifPresent(p -> {
            List<HandoverItem> items = leadership.handover(p.getId());
            if (!items.isEmpty()) {
                long done = items.stream().filter(HandoverItem::isDone).count();
                Paragraph progress = new Paragraph(panel.getTranslation("leadership.handover-progress", done, items.size(),
                        p.getRegion().getName(), no.rhf.servicemiljo.base.ui.Formats.date(p.getStartsOn())));
                progress.setId("handover-progress");
                panel.add(progress);
            }
        });
        Map<Short, String> contacts = users.activeUsersWithRole(Role.REGIONAL_COORDINATOR).stream()
                .collect(Collectors.groupingBy(u -> u.getRegion().getId(),
                        Collectors.mapping(u -> u.getFullName() + " <" + u.getEmail() + ">", Collectors.joining(", "))));
        var table = new no.rhf.servicemiljo.base.ui.HtmlTable(List.of(panel.getTranslation("unit.region"),
                panel.getTranslation("leadership.node-contacts")));
        for (var region : Panels.ownRegionFirst(organisation.regions(), viewer)) {
            table.addRow(List.of(region.getName(), contacts.getOrDefault(region.getId(), "–")), Panels.isOwn(region, viewer));
        }
        panel.add(table, new RouterLink(panel.getTranslation("leadership.open"), LeadershipView.class));
        return panel;
    }

    /** Rebuilt after these changes only. */
    @Override
    public List<LiveUpdates.Interest<?>> changes() {
        return List.of(LiveUpdates.any(LeadershipChanged.class));
    }
}
