package no.rhf.servicemiljo.ern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.ern.ErnChanged;
import no.rhf.servicemiljo.ern.ErnMembership;
import no.rhf.servicemiljo.ern.ErnNetworks;
import no.rhf.servicemiljo.ern.ErnOverview;
import no.rhf.servicemiljo.ern.ErnService;
import no.rhf.servicemiljo.security.CurrentUser;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The national ERN overview the service environment coordinates: per region how many units take part, per
 * network which units and regions, the networks without Norwegian participation, and a CSV export.
 */
@Route("ern")
@PermitAll
@Menu(title = "nav.ern", order = 15, icon = "vaadin:globe")
public class ErnOverviewView extends Section implements HasDynamicTitle {

    private final ErnService service;
    private final Div content = new Div();

    ErnOverviewView(ErnService service, LiveUpdates liveUpdates) {
        this.service = service;
        addClassName("sm-view");
        setId("ern-overview");
        Paragraph intro = new Paragraph(getTranslation("ern.overview.intro"));
        intro.addClassName("sm-muted");
        Locale locale = getLocale();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = service.csv(locale);
            return new DownloadResponse(new ByteArrayInputStream(csv), "ern-" + LocalDate.now() + ".csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), "");
        export.add(new Button(getTranslation("common.export-csv"), VaadinIcon.DOWNLOAD.create()));
        export.setId("ern-export");
        add(new H2(getTranslation("nav.ern")), intro, export, content);
        render();
        liveUpdates.refreshWhileAttached(this, this::render, ErnChanged.class);
    }

    private void render() {
        content.removeAll();
        ErnOverview overview = service.overview();
        Short ownRegion = CurrentUser.get().map(u -> u.regionId()).orElse(null);
        HtmlTable regions = new HtmlTable(List.of(getTranslation("ern.region"), getTranslation("ern.count.memberships"),
                getTranslation("ern.count.units"), getTranslation("ern.count.networks"), getTranslation("ern.count.applicants")),
                false, true, true, true, true);
        overview.regions().forEach(r -> regions.addRow(List.of(r.region().getName(), String.valueOf(r.memberships()),
                String.valueOf(r.units()), String.valueOf(r.networks()), String.valueOf(r.applicants())),
                r.region().getId().equals(ownRegion)));
        regions.setId("ern-regions");
        content.add(new H3(getTranslation("ern.per-region")), regions, new H3(getTranslation("ern.per-network")));
        if (overview.byNetwork().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("ern.overview.empty"));
            empty.addClassName("sm-empty-state");
            content.add(empty);
        } else {
            HtmlTable networks = new HtmlTable(List.of(getTranslation("ern.network"), getTranslation("ern.units"),
                    getTranslation("ern.regions")));
            overview.byNetwork().forEach((network, memberships) -> networks.addRow(List.of(network, units(memberships),
                    memberships.stream().filter(m -> m.getStatus().takesPart())
                            .flatMap(m -> m.getUnit().hostRegions().stream()).map(r -> r.getName()).distinct()
                            .collect(Collectors.joining(", "))), false));
            networks.setId("ern-networks");
            content.add(networks);
        }
        List<String> without = ErnNetworks.NAMES.stream().filter(n -> overview.byNetwork().getOrDefault(n, List.of()).stream().noneMatch(m -> m.getStatus().takesPart())).toList();
        Paragraph none = new Paragraph(getTranslation("ern.without-participation", without.size(), String.join(", ", without)));
        none.setId("ern-without");
        content.add(none);
    }

    private String units(List<ErnMembership> memberships) {
        return memberships.stream().map(m -> m.getUnit().getNameNb() + " (" + Formats.enumLabel(m.getStatus()) + ")")
                .collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ern");
    }
}
