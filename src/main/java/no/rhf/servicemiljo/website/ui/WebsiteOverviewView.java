package no.rhf.servicemiljo.website.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.base.ui.DocumentDownload;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.website.WebsiteAssessmentService;
import no.rhf.servicemiljo.website.WebsiteChanged;
import no.rhf.servicemiljo.website.WebsiteCriteriaService;
import no.rhf.servicemiljo.website.WebsiteExport;
import no.rhf.servicemiljo.website.WebsiteOverview;
import no.rhf.servicemiljo.website.WebsiteResult;
import no.rhf.servicemiljo.website.WebsiteYear;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The national overview of the website requirements: per region the counts of met, partly met, not met and not
 * assessed criteria, and every unit with its counts and a link to its assessment; exportable as CSV and Word.
 */
@Route("websites")
@PermitAll
@Menu(title = "nav.websites", order = 14, icon = "vaadin:globe")
public class WebsiteOverviewView extends Section implements HasDynamicTitle {

    private final WebsiteAssessmentService assessments;
    private final Messages messages;
    private final ComboBox<WebsiteYear> year = new ComboBox<>();
    private final Grid<WebsiteOverview.RegionCounts> regions = new Grid<>();
    private final Grid<WebsiteOverview.UnitRow> units = new Grid<>();
    private final HorizontalLayout exports = new HorizontalLayout();
    private final Paragraph empty = new Paragraph();

    WebsiteOverviewView(WebsiteAssessmentService assessments, WebsiteCriteriaService criteria, Messages messages,
                        LiveUpdates liveUpdates) {
        this.assessments = assessments;
        this.messages = messages;
        addClassName("sm-view");
        setId("website-overview");
        add(new H2(getTranslation("website.title")));
        Paragraph intro = new Paragraph(getTranslation("website.intro"));
        intro.addClassName("sm-muted");
        add(intro);
        year.setLabel(getTranslation("website.year"));
        year.setItems(criteria.years());
        year.setItemLabelGenerator(y -> String.valueOf(y.year()));
        year.setId("website-year");
        year.addValueChangeListener(e -> render());
        HorizontalLayout toolbar = new HorizontalLayout(year, exports);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (CurrentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false)) {
            RouterLink edit = new RouterLink(getTranslation("website.criteria.title"), WebsiteCriteriaView.class);
            edit.setId("website-criteria-link");
            toolbar.add(edit);
        }
        add(toolbar, empty);
        regions.addColumn(r -> r.region().getName()).setHeader(getTranslation("website.export.region")).setKey("region").setFlexGrow(2);
        regions.addColumn(WebsiteOverview.RegionCounts::units).setHeader(getTranslation("website.export.units")).setKey("units")
                .setTextAlign(ColumnTextAlign.END);
        regions.addColumn(WebsiteOverview.RegionCounts::met).setHeader(getTranslation("WebsiteResult.MET")).setKey("met")
                .setTextAlign(ColumnTextAlign.END);
        regions.addColumn(WebsiteOverview.RegionCounts::partlyMet).setHeader(getTranslation("WebsiteResult.PARTLY_MET"))
                .setKey("partly").setTextAlign(ColumnTextAlign.END);
        regions.addColumn(WebsiteOverview.RegionCounts::notMet).setHeader(getTranslation("WebsiteResult.NOT_MET")).setKey("not-met")
                .setTextAlign(ColumnTextAlign.END);
        regions.addColumn(WebsiteOverview.RegionCounts::notAssessed).setHeader(getTranslation("website.not-assessed"))
                .setKey("not-assessed").setTextAlign(ColumnTextAlign.END);
        regions.setAllRowsVisible(true);
        regions.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        regions.setId("website-regions");
        units.addComponentColumn(r -> new RouterLink(r.unit().getNameNb(), WebsiteUnitView.class, WebsiteUnitView.parameters(
                year.getValue().year(), r.unit().getId()))).setHeader(getTranslation("website.export.unit")).setKey("unit").setFlexGrow(3);
        units.addColumn(r -> r.unit().hostTrustNames()).setHeader(getTranslation("website.export.hosts")).setKey("hosts").setFlexGrow(2);
        units.addColumn(r -> r.count(current().criteria(), WebsiteResult.MET)).setHeader(getTranslation("WebsiteResult.MET"))
                .setKey("met").setTextAlign(ColumnTextAlign.END);
        units.addColumn(r -> r.count(current().criteria(), WebsiteResult.PARTLY_MET)).setHeader(getTranslation("WebsiteResult.PARTLY_MET"))
                .setKey("partly").setTextAlign(ColumnTextAlign.END);
        units.addColumn(r -> r.count(current().criteria(), WebsiteResult.NOT_MET)).setHeader(getTranslation("WebsiteResult.NOT_MET"))
                .setKey("not-met").setTextAlign(ColumnTextAlign.END);
        units.addColumn(r -> r.notAssessed(current().criteria())).setHeader(getTranslation("website.not-assessed"))
                .setKey("not-assessed").setTextAlign(ColumnTextAlign.END);
        units.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setEmptyStateText(getTranslation("website.no-units"));
        units.setId("website-units");
        add(new H3(getTranslation("website.export.per-region")), regions, new H3(getTranslation("website.export.per-unit")), units);
        criteria.years().stream().findFirst().ifPresent(year::setValue);
        render();
        liveUpdates.refreshWhileAttached(this, this::render, WebsiteChanged.class);
    }

    private WebsiteOverview overview;

    private WebsiteOverview current() {
        return overview;
    }

    private void render() {
        boolean none = year.getValue() == null;
        empty.setText(none ? getTranslation("website.no-year") : "");
        empty.setVisible(none);
        regions.setVisible(!none);
        units.setVisible(!none);
        exports.removeAll();
        if (none) {
            return;
        }
        int y = year.getValue().year();
        overview = assessments.overview(y);
        regions.setItems(overview.regions());
        units.setItems(overview.units());
        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = WebsiteExport.csv(assessments.overview(y), messages, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "nettsider-" + y + ".csv", "text/csv;charset=UTF-8", bytes.length);
        }), "");
        csv.add(new Button(getTranslation("common.export-csv"), VaadinIcon.DOWNLOAD.create()));
        csv.setId("website-export-csv");
        LocalDate today = LocalDate.now();
        DocumentDownload docx = new DocumentDownload(getTranslation("website.export.docx"), "nettsider-" + y + ".docx",
                WordDocument.CONTENT_TYPE, () -> WebsiteExport.docx(assessments.overview(y), messages, locale, today));
        docx.setId("website-export-docx");
        exports.add(csv, docx);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("website.title");
    }
}
