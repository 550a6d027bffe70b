package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.UnitCsv;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.registry.UnitListItem;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.registry.UnitStatus;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/** The registry list: filters, sorting and lazy paging from the database, CSV export of the filtered list. */
@Route("units")
@PermitAll
@Menu(title = "nav.units", order = 10, icon = "vaadin:hospital")
public class UnitListView extends Section implements HasDynamicTitle {

    private final UnitService unitService;
    private final Grid<UnitListItem> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Region> region = new ComboBox<>();
    private final Select<UnitKind> kind = new Select<>();
    private final Select<UnitStatus> status = new Select<>();
    private final Span count = new Span();
    /** The filter as last applied; read by the export download, which runs outside the UI lock. */
    private volatile UnitFilter filter = UnitFilter.ALL;

    UnitListView(UnitService unitService, OrganisationService organisation) {
        this.unitService = unitService;
        addClassName("sm-view");
        setId("unit-list");

        text.setLabel(getTranslation("common.search"));
        text.setPlaceholder(getTranslation("unit.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidth("22em");
        text.setId("unit-search");
        region.setLabel(getTranslation("unit.filter.region"));
        region.setPlaceholder(getTranslation("common.all"));
        region.setItems(organisation.regions());
        region.setItemLabelGenerator(Region::getName);
        region.setClearButtonVisible(true);
        region.setId("unit-region-filter");
        kind.setLabel(getTranslation("unit.filter.kind"));
        kind.setItems(UnitKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("common.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("common.all") : Formats.enumLabel(k));
        kind.setId("unit-kind-filter");
        status.setLabel(getTranslation("unit.filter.status"));
        status.setItems(UnitStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("common.all") : Formats.enumLabel(s));
        status.setId("unit-status-filter");
        text.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(text, region, kind, status);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = UnitCsv.write(unitService.findAll(filter));
            return new DownloadResponse(new ByteArrayInputStream(csv), "tjenester-" + LocalDate.now() + ".csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), "");
        export.add(new Button(getTranslation("common.export-csv"), VaadinIcon.DOWNLOAD.create()));
        export.setId("unit-export");
        toolbar.add(export);
        if (unitService.canCreate()) {
            Button create = new Button(getTranslation("unit.create"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(UnitFormView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("unit-create");
            toolbar.add(create);
        }
        if (CurrentUser.get().filter(u -> u.role() == Role.ADMIN).isPresent()) {
            toolbar.add(new Button(getTranslation("unit.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(UnitImportView.class))));
        }

        grid.addColumn(item -> item.unit().getNameNb()).setHeader(getTranslation("unit.name-nb"))
                .setSortProperty("nameNb").setFlexGrow(5).setKey("name");
        grid.addColumn(item -> Formats.enumLabel(item.unit().getKind())).setHeader(getTranslation("unit.kind"))
                .setSortProperty("kind").setFlexGrow(2);
        grid.addColumn(item -> item.unit().hostTrustNames()).setHeader(getTranslation("unit.host"))
                .setSortProperty("hostTrust.name").setFlexGrow(2);
        grid.addColumn(item -> Formats.enumLabel(item.unit().getStatus())).setHeader(getTranslation("unit.status"))
                .setSortProperty("status").setFlexGrow(1);
        grid.addColumn(item -> Formats.date(item.unit().getTermEnd())).setHeader(getTranslation("unit.term-end"))
                .setSortProperty("termEnd");
        grid.addComponentColumn(item -> vacancyBadge(item)).setHeader(getTranslation("unit.vacancies")).setKey("vacancies").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("unit.empty"));
        grid.setPageSize(50);
        grid.setHeight("70vh");
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(UnitDetailView.class, UnitDetailView.route(e.getItem().unit().getId()))));
        grid.setId("unit-grid");
        count.addClassName("sm-muted");
        count.setId("unit-count");

        add(toolbar, count, grid);
        refresh();
    }

    private Span vacancyBadge(UnitListItem item) {
        int vacant = item.vacancies().count();
        Span badge = new Span(vacant == 0 ? getTranslation("unit.vacancies.none") : getTranslation("unit.vacancies.count", vacant));
        badge.getElement().getThemeList().add(vacant == 0 ? "badge contrast" : "badge error");
        return badge;
    }

    private void refresh() {
        filter = new UnitFilter(region.getValue() == null ? null : region.getValue().getId(), kind.getValue(),
                status.getValue(), text.getValue());
        UnitFilter current = filter;
        grid.setItems(query -> {
            var pageable = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (pageable.getSort().isUnsorted()) {
                pageable = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("nameNb"));
            }
            return unitService.search(current, pageable).stream();
        }, query -> (int) unitService.count(current));
        count.setText(getTranslation("unit.count", unitService.count(current)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.list.title");
    }
}
