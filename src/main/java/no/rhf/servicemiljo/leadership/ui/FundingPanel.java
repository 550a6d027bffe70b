package no.rhf.servicemiljo.leadership.ui;

import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.leadership.LeadershipChanged;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.base.ui.BarChart;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.dashboard.Panels;
import no.rhf.servicemiljo.leadership.FundingService;
import no.rhf.servicemiljo.leadership.RegionalFunding;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.Role;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Earmarked grants per region for the latest year and the share that funds the support functions. */
@Component
class FundingPanel implements DashboardPanel {

    private final FundingService funding;
    private final OrganisationService organisation;

    private final java.time.Clock clock;

    FundingPanel(FundingService funding, OrganisationService organisation, java.time.Clock clock) {
        this.funding = funding;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "dashboard.funding";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        List<RegionalFunding> all = funding.all();
        if (viewer.role() == Role.ADMIN) {
            Button edit = new Button(panel.getTranslation(all.stream().anyMatch(f -> f.getYear() == java.time.LocalDate.now(clock).getYear())
                            ? "funding.edit" : "funding.add-this-year", java.time.LocalDate.now(clock).getYear()),
                    e -> new FundingDialog(funding, organisation.regions()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("funding-edit");
            panel.add(edit);
        }
        if (all.isEmpty()) {
            panel.add(Panels.empty(panel, "dashboard.funding.empty"));
            return panel;
        }
        int year = all.stream().mapToInt(RegionalFunding::getYear).max().orElseThrow();
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (year < thisYear) {
            // Say plainly that the figures shown are not this year's, and (for ADMIN) how to add them.
            Paragraph missing = new Paragraph(panel.getTranslation("funding.missing", thisYear, year));
            missing.setId("funding-missing");
            missing.addClassName("sm-warning");
            panel.addComponentAsFirst(missing);
        }
        BigDecimal share = funding.sharePercent();
        NumberFormat number = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb"));
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        List<RegionalFunding> rows = all.stream().filter(f -> f.getYear() == year)
                .sorted(Comparator.comparing((RegionalFunding f) -> !f.getRegion().getId().equals(viewer.regionId()))
                        .thenComparing(f -> f.getRegion().getSortOrder()))
                .toList();
        HtmlTable table = new HtmlTable(List.of(panel.getTranslation("unit.region"), panel.getTranslation("funding.earmarked"),
                panel.getTranslation("funding.rare"), panel.getTranslation("funding.other"),
                panel.getTranslation("funding.support", number.format(share))), false, true, true, true, true);
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (RegionalFunding f : rows) {
            BigDecimal[] values = {f.getEarmarkedMnok(), f.getRareDiagnosesMnok(), f.otherServicesMnok(), f.supportFunctionsMnok(share)};
            for (int i = 0; i < values.length; i++) {
                totals[i] = totals[i].add(values[i]);
            }
            table.addRow(List.of(f.getRegion().getName(), number.format(values[0]), number.format(values[1]),
                    number.format(values[2]), number.format(values[3])), Panels.isOwn(f.getRegion(), viewer));
        }
        table.addFooter(List.of(panel.getTranslation("common.total"), number.format(totals[0]), number.format(totals[1]),
                number.format(totals[2]), number.format(totals[3])));
        table.setId("funding-table");
        panel.add(new Paragraph(panel.getTranslation("funding.year", year)),
                BarChart.of(panel.getTranslation("funding.chart", year),
                        rows.stream().map(f -> new BarChart.Bar(f.getRegion().getName(), f.getEarmarkedMnok().doubleValue())).toList(),
                        panel.getTranslation("funding.mnok")), table);
        return panel;
    }

    /** Rebuilt after these changes only. */
    @Override
    public List<LiveUpdates.Interest<?>> changes() {
        return List.of(LiveUpdates.any(LeadershipChanged.class));
    }
}
