package no.rhf.servicemiljo.assessment.summary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.CycleProgress;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.RegionProgress;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's reporting-cycle panel: the newest cycle's annual reports per host region and status, the
 * viewer's own region first. Rebuilt with the dashboard on every committed data change (including reports
 * moved into the national summary).
 */
@Component
class ReportProgressPanel implements DashboardPanel {

    private final NationalSummaryService summaries;

    ReportProgressPanel(NationalSummaryService summaries) {
        this.summaries = summaries;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "summary.dashboard";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        Optional<CycleProgress> progress = summaries.progress();
        if (progress.isEmpty()) {
            Paragraph empty = new Paragraph(panel.getTranslation("summary.dashboard.empty"));
            empty.addClassName("sm-empty-state");
            panel.add(empty);
            return panel;
        }
        List<String> statuses = NationalSummaryService.STATUSES;
        List<String> headers = new ArrayList<>(List.of(panel.getTranslation("summary.region")));
        statuses.forEach(s -> headers.add(panel.getTranslation("summary.status-short." + s)));
        headers.add(panel.getTranslation("common.total"));
        boolean[] numeric = new boolean[headers.size()];
        Arrays.fill(numeric, 1, numeric.length, true);
        HtmlTable table = new HtmlTable(headers, numeric);
        List<RegionProgress> regions = new ArrayList<>(progress.get().regions());
        regions.sort(Comparator.comparing((RegionProgress r) -> !r.region().getId().equals(viewer.regionId())));
        for (RegionProgress region : regions) {
            List<String> row = new ArrayList<>(List.of(region.region().getName()));
            statuses.forEach(s -> row.add(String.valueOf(region.count(s))));
            row.add(String.valueOf(region.total()));
            table.addRow(row, region.region().getId().equals(viewer.regionId()));
        }
        List<String> national = new ArrayList<>(List.of(panel.getTranslation("summary.national")));
        statuses.forEach(s -> national.add(String.valueOf(progress.get().national().getOrDefault(s, 0))));
        national.add(String.valueOf(progress.get().national().values().stream().mapToInt(Integer::intValue).sum()));
        table.addFooter(national);
        table.setId("report-progress-table");
        Paragraph year = new Paragraph(panel.getTranslation("summary.dashboard.year", progress.get().reportYear()));
        year.setId("report-progress-year");
        Paragraph note = new Paragraph(panel.getTranslation("summary.dashboard.multi-region"));
        note.addClassName("sm-muted");
        panel.add(year, table, note);
        return panel;
    }
}
