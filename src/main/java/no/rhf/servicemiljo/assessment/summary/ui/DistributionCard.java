package no.rhf.servicemiljo.assessment.summary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryExport;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.Distribution;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.NationalSummary;
import no.rhf.servicemiljo.base.ui.BarChart;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.CurrentUser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How one criterion was rated, per region and for the whole country: a bar chart and the same figures as a table. */
class DistributionCard extends Div {

    DistributionCard(NationalSummary summary, Distribution distribution) {
        NationalSummaryExport.Labels labels = this::getTranslation;
        String label = NationalSummaryExport.shortLabel(distribution.criterion());
        List<String> headers = new ArrayList<>(List.of(getTranslation("summary.region")));
        List<String> keys = NationalSummaryExport.ratingKeys();
        keys.forEach(k -> headers.add(NationalSummaryExport.ratingLabel(k, labels)));
        boolean[] numeric = new boolean[headers.size()];
        Arrays.fill(numeric, 1, numeric.length, true);
        HtmlTable table = new HtmlTable(headers, numeric);
        Short own = CurrentUser.require().regionId();
        for (Region region : summary.regions()) {
            List<String> row = new ArrayList<>(List.of(region.getName()));
            keys.forEach(k -> row.add(String.valueOf(distribution.count(region.getId(), k))));
            table.addRow(row, region.getId().equals(own));
        }
        List<String> total = new ArrayList<>(List.of(getTranslation("summary.national")));
        keys.forEach(k -> total.add(String.valueOf(distribution.total(k))));
        table.addFooter(total);
        table.setId("distribution-" + label);
        add(new H4(label + " " + distribution.criterion().title()),
                BarChart.of(getTranslation("summary.chart", label), keys.stream()
                        .map(k -> new BarChart.Bar(NationalSummaryExport.ratingLabel(k, labels), distribution.total(k))).toList(), ""),
                table);
        addClassName("sm-card");
    }
}
