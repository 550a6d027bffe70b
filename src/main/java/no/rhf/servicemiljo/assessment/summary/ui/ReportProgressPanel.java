package no.rhf.servicemiljo.assessment.summary.ui;

import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.registry.UnitChanged;
import no.rhf.servicemiljo.assessment.ReportChanged;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.CycleProgress;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.RegionProgress;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.reminder.DeadlineCalendarService;
import no.rhf.servicemiljo.reminder.OverdueItem;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dashboard's reporting-cycle panel: the newest cycle's annual reports per host region and status, the
 * viewer's own region first. Rebuilt with the dashboard on every committed data change (including reports
 * moved into the national summary).
 */
@Component
class ReportProgressPanel implements DashboardPanel {

    private final NationalSummaryService summaries;
    private final DeadlineCalendarService deadlines;

    ReportProgressPanel(NationalSummaryService summaries, DeadlineCalendarService deadlines) {
        this.summaries = summaries;
        this.deadlines = deadlines;
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
        headers.add(panel.getTranslation("summary.dashboard.late"));
        // Late units: reports overdue in any step (not received, not assessed, not approved), from the one deadline source.
        List<OverdueItem> lateReports = deadlines.overdue().stream()
                .filter(o -> o.path().startsWith("reports/") && !o.kind().equals("FOLLOW_UP_DUE")).toList();
        Map<Short, Long> late = lateReports.stream().flatMap(o -> o.regionIds().stream())
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        boolean[] numeric = new boolean[headers.size()];
        Arrays.fill(numeric, 1, numeric.length, true);
        HtmlTable table = new HtmlTable(headers, numeric);
        List<RegionProgress> regions = new ArrayList<>(progress.get().regions());
        regions.sort(Comparator.comparing((RegionProgress r) -> !r.region().getId().equals(viewer.regionId())));
        for (RegionProgress region : regions) {
            List<String> row = new ArrayList<>(List.of(region.region().getName()));
            statuses.forEach(s -> row.add(String.valueOf(region.count(s))));
            row.add(String.valueOf(region.total()));
            long lateHere = late.getOrDefault(region.region().getId(), 0L);
            row.add(String.valueOf(lateHere));
            table.addRow(row, region.region().getId().equals(viewer.regionId()), lateHere > 0 ? new String[]{"sm-late-unit"} : new String[0]);
        }
        List<String> national = new ArrayList<>(List.of(panel.getTranslation("summary.national")));
        statuses.forEach(s -> national.add(String.valueOf(progress.get().national().getOrDefault(s, 0))));
        national.add(String.valueOf(progress.get().national().values().stream().mapToInt(Integer::intValue).sum()));
        national.add(String.valueOf(lateReports.size()));
        table.addFooter(national);
        table.setId("report-progress-table");
        Paragraph year = new Paragraph(panel.getTranslation("summary.dashboard.year", progress.get().reportYear()));
        year.setId("report-progress-year");
        Paragraph note = new Paragraph(panel.getTranslation("summary.dashboard.multi-region"));
        note.addClassName("sm-muted");
        panel.add(year, table, note);
        return panel;
    }

    /** Rebuilt after these changes only. */
    @Override
    public List<LiveUpdates.Interest<?>> changes() {
        return List.of(LiveUpdates.any(ReportChanged.class), LiveUpdates.any(UnitChanged.class));
    }
}
