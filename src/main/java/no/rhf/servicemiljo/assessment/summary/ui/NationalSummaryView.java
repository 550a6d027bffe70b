package no.rhf.servicemiljo.assessment.summary.ui;

import no.rhf.servicemiljo.registry.UnitChanged;
import no.rhf.servicemiljo.assessment.summary.SummaryChanged;
import no.rhf.servicemiljo.assessment.ReportChanged;
import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Cycle;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryExport;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.Distribution;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.NationalSummary;
import no.rhf.servicemiljo.assessment.summary.SummaryTextService;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HistoryGrid;
import no.rhf.servicemiljo.base.ui.HistoryRow;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.security.Role;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The national summary of a reporting cycle: the co-edited text "what goes well / common challenges"
 * (live, no Save button), every unit with its status and rating per criterion, the distribution of the
 * ratings per criterion by region, and the export for the IRF case. The rules live in
 * {@link NationalSummaryService}; this view only shows and offers.
 */
@Route("reports/summary/:cycleId?([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
public class NationalSummaryView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    /** The roles that may open the summary (the same as the service's readers). */
    public static final java.util.Set<Role> READERS = java.util.Set.of(Role.ADMIN, Role.REGIONAL_COORDINATOR, Role.OBSERVER, Role.IRF_MEMBER);

    private final NationalSummaryService summaries;
    private final SummaryTextService texts;
    private final AssessmentService assessments;
    private final LiveUpdates liveUpdates;
    private final no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService evidence;
    private String title = "";

    NationalSummaryView(NationalSummaryService summaries, SummaryTextService texts, AssessmentService assessments, LiveUpdates liveUpdates,
                        no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService evidence) {
        this.evidence = evidence;
        this.summaries = summaries;
        this.texts = texts;
        this.assessments = assessments;
        this.liveUpdates = liveUpdates;
        addClassName("sm-view");
        setId("national-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("summary.open");
        List<Cycle> cycles = assessments.cycles();
        if (cycles.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("summary.no-cycle"));
            empty.addClassName("sm-empty-state");
            empty.setId("summary-no-cycle");
            add(new H2(title), empty);
            return;
        }
        Long requested = event.getRouteParameters().getLong("cycleId").orElse(null);
        Cycle cycle = requested == null ? cycles.getFirst()
                : cycles.stream().filter(c -> c.id() == requested).findFirst().orElse(null);
        if (cycle == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("summary.title", cycle.reportYear());
        // A fresh page per cycle: leaving it closes its topic connection and live-update registration.
        add(new CyclePage(cycle, cycles));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** One cycle's summary; owns the Collaboration Engine connection while attached. */
    private final class CyclePage extends Div {

        private final Cycle cycle;
        private final boolean editable = summaries.canEdit();
        private final Checkbox preliminary = new Checkbox(getTranslation("summary.include-preliminary"));
        private final Div data = new Div();
        private final SharedTopic topic;
        private SummaryTextEditor textEditor;
        /** The toggle as last rendered, for the Word export made outside the UI thread. */
        private volatile boolean preliminaryShown;

        CyclePage(Cycle cycle, List<Cycle> cycles) {
            this.cycle = cycle;
            topic = SharedTopic.join(this, "national-summary-" + cycle.id());

            Select<Cycle> select = new Select<>();
            select.setLabel(getTranslation("assessment.cycle"));
            select.setWidth("24rem");
            select.setItems(cycles);
            select.setItemLabelGenerator(c -> getTranslation("assessment.cycle.label", c.reportYear(), Formats.date(c.dueOn())));
            select.setValue(cycle);
            select.setId("summary-cycle");
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(NationalSummaryView.class,
                            new RouteParameters("cycleId", String.valueOf(e.getValue().id()))));
                }
            });
            CollaborationAvatarGroup avatars = new CollaborationAvatarGroup(topic.me(), topic.id());
            avatars.setId("summary-avatars");
            HorizontalLayout toolbar = new HorizontalLayout(select);
            toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
            toolbar.setWrap(true);
            if (editable) {
                preliminary.setId("summary-preliminary");
                preliminary.addValueChangeListener(e -> renderData());
                Button includeAll = new Button(getTranslation("summary.include-all"), VaadinIcon.CHECK_SQUARE_O.create(), e -> confirmIncludeAll());
                includeAll.setId("summary-include-all");
                toolbar.add(preliminary, includeAll);
            }
            toolbar.add(download("pdf", "application/pdf", "summary.export.pdf"), download("csv", "text/csv;charset=UTF-8", "summary.export.csv"),
                    wordDownload());
            add(new H2(title), new HorizontalLayout(avatars), toolbar);

            textEditor = new SummaryTextEditor(texts, cycle.id(), topic, editable, this::openHistory);
            add(new H3(getTranslation("summary.text")), textEditor);
            data.setId("summary-data");
            add(data);
            renderData();
            liveUpdates.refreshWhileAttached(this, this::renderData, LiveUpdates.when(ReportChanged.class, c -> c.inCycle(cycle.id())),
                    LiveUpdates.when(SummaryChanged.class, c -> c.cycleId() == cycle.id()), LiveUpdates.any(UnitChanged.class));
        }

        private Anchor download(String type, String mime, String labelKey) {
            Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = "pdf".equals(type) ? summaries.exportPdf(cycle.id(), preliminary.getValue(), getLocale())
                        : summaries.exportCsv(cycle.id(), preliminary.getValue(), getLocale());
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "nasjonal-oppsummering-" + cycle.reportYear() + "." + type, mime, bytes.length);
            }), "");
            anchor.add(new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create()));
            anchor.setId("summary-export-" + type);
            return anchor;
        }

        /** The IRF case as a Word document ("sak til IRF"), made in the background; follows the preliminary toggle. */
        private com.vaadin.flow.component.Component wordDownload() {
            var word = new no.rhf.servicemiljo.base.ui.DocumentDownload(getTranslation("summary.export.word"),
                    "sak-til-irf-" + cycle.reportYear() + ".docx", no.rhf.servicemiljo.base.document.WordDocument.CONTENT_TYPE,
                    () -> evidence.exportWord(cycle.id(), preliminaryShown, getLocale()));
            word.button().setId("summary-export-word");
            return word;
        }

        private void openHistory() {
            List<HistoryRow> rows = texts.history(cycle.id()).stream().map(c -> {
                HistoryRow row = HistoryRow.of(c.changedAt(), c.author(), getTranslation("summary.text"), c.oldText(), c.newText())
                        .withTyped(Formats.typed(this, c.inserted(), c.removed()));
                return editable ? row.withRestore(() -> textEditor.restore(c.oldText() == null ? "" : c.oldText())) : row;
            }).toList();
            HistoryGrid.openDialog(getTranslation("summary.history"), rows, getTranslation("summary.history.empty"))
                    .setId("summary-history-grid");
        }

        private void confirmIncludeAll() {
            int waiting = summaries.approvedNotIncluded(cycle.id());
            if (waiting == 0) {
                Notifications.error(getTranslation("summary.include-all.none"));
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("summary.include-all.confirm-title"),
                    getTranslation("summary.include-all.confirm-text", waiting), getTranslation("summary.include-all"), ok -> {
                int moved = summaries.includeAllApproved(cycle.id());
                Notifications.success(getTranslation("summary.included", moved));
                renderData();
            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setId("summary-include-all-confirm");
            confirm.open();
        }

        /** The table and the distributions: rebuilt on the toggle and whenever reports change status. */
        private void renderData() {
            NationalSummary summary = summaries.summary(cycle.id(), preliminary.getValue());
            preliminaryShown = preliminary.getValue();
            data.removeAll();
            data.add(new H3(getTranslation("summary.units")));
            Paragraph counted = new Paragraph(getTranslation(summary.preliminaryIncluded() ? "summary.rule.preliminary" : "summary.rule")
                    + " " + getTranslation("summary.counted", summary.countedReports(), summary.units().size()));
            counted.addClassName("sm-muted");
            counted.setId("summary-counted");
            data.add(counted, new SummaryUnitGrid(summaries, summary, editable, this::renderData));
            data.add(new H3(getTranslation("summary.distribution")));
            if (summary.countedReports() == 0) {
                Paragraph none = new Paragraph(getTranslation("summary.distribution.empty"));
                none.addClassName("sm-empty-state");
                none.setId("summary-no-approved");
                data.add(none);
                return;
            }
            Div cards = new Div();
            cards.addClassName("sm-dashboard");
            for (Distribution distribution : summary.distributions()) {
                cards.add(new DistributionCard(summary, distribution));
            }
            data.add(new Paragraph(getTranslation("summary.distribution.help")), cards);
            data.add(new SummaryEvidencePanel(evidence, cycle.id(), preliminary.getValue())); // follow-ups closed, citations
        }
    }
}
