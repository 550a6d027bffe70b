package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import no.rhf.servicemiljo.registry.UnitHistoryService;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.user.UserService;

/** One unit: overview, reference group (with vacancies) and history. */
@Route("units/:id([0-9]{1,18})") // a malformed id is "not found", not an error
@PermitAll
public class UnitDetailView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final UnitService unitService;
    private final ReferenceGroupService referenceGroups;
    private final UnitHistoryService history;
    private final OrganisationService organisation;
    private final UserService users;
    private final java.util.List<no.rhf.servicemiljo.registry.UnitPageTab> featureTabs;
    private String title = "";

    UnitDetailView(UnitService unitService, ReferenceGroupService referenceGroups, UnitHistoryService history,
                   OrganisationService organisation, UserService users,
                   org.springframework.beans.factory.ObjectProvider<no.rhf.servicemiljo.registry.UnitPageTab> featureTabs) {
        this.featureTabs = featureTabs.orderedStream().sorted(java.util.Comparator.comparingInt(no.rhf.servicemiljo.registry.UnitPageTab::order)).toList();
        this.unitService = unitService;
        this.referenceGroups = referenceGroups;
        this.history = history;
        this.organisation = organisation;
        this.users = users;
        addClassName("sm-view");
        setId("unit-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        NationalUnit unit = unitService.find(id).orElseThrow(NotFoundException::new);
        title = unit.getNameNb();
        removeAll();
        boolean editable = unitService.canEdit(unit);

        H2 heading = new H2(unit.getNameNb());
        heading.setId("unit-name");
        Span kind = new Span(Formats.enumLabel(unit.getKind()));
        kind.getElement().getThemeList().add("badge");
        Span status = new Span(Formats.enumLabel(unit.getStatus()));
        status.getElement().getThemeList().add(unit.getStatus().inOperation() ? "badge success" : "badge contrast");
        HorizontalLayout actions = new HorizontalLayout(new RouterLink(getTranslation("unit.back"), UnitListView.class));
        if (editable) {
            Button edit = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(UnitFormView.class, new com.vaadin.flow.router.RouteParameters("id", String.valueOf(id)))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("unit-edit");
            actions.add(edit);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("unit.read-only"));
            readOnly.addClassName("sm-muted");
            actions.add(readOnly);
        }
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("unit-tabs");
        tabs.add(getTranslation("unit.tab.overview"), overview(unit));
        tabs.add(getTranslation("unit.tab.reference-group"),
                new ReferenceGroupPanel(unit, editable, referenceGroups, organisation, users));
        tabs.add(getTranslation("unit.tab.history"), new HistoryPanel(() -> history.history(id)));
        // Features contribute tabs after these (follow-ups over the years, reorganisation cases, ERN) through UnitPageTab beans.
        featureTabs.forEach(tab -> tabs.add(getTranslation(tab.titleKey()), tab.create(unit)));
        add(heading, new HorizontalLayout(kind, status), actions, tabs);
    }

    private Component overview(NationalUnit unit) {
        FormLayout form = new FormLayout();
        form.setId("unit-overview");
        item(form, "unit.kind", Formats.enumLabel(unit.getKind()));
        item(form, "unit.name-en", Formats.value(unit.getNameEn()));
        item(form, unit.getKind().isNetwork() ? "unit.host-trust.network" : "unit.host-trust", unit.hostTrustNames());
        item(form, "unit.region", String.join(", ", unit.hostRegions().stream().map(r -> r.getName()).toList()));
        item(form, "unit.approval-date", Formats.date(unit.getApprovalDate()));
        if (unit.getKind().isCompetenceService()) {
            item(form, "unit.competence-function", Formats.enumLabel(unit.getCompetenceFunction()));
        }
        item(form, "unit.term-end", Formats.date(unit.getTermEnd()));
        if (unit.getTermEndReason() != null) {
            item(form, "unit.term-end-reason", unit.getTermEndReason());
        }
        item(form, "unit.status", Formats.enumLabel(unit.getStatus()));
        if (unit.getReorganisationOption() != null) {
            item(form, "unit.reorganisation-option", Formats.enumLabel(unit.getReorganisationOption()));
        }
        if (unit.getSuccessor() != null) {
            form.addFormItem(new RouterLink(unit.getSuccessor().getNameNb(), UnitDetailView.class,
                    new com.vaadin.flow.router.RouteParameters("id", String.valueOf(unit.getSuccessor().getId()))),
                    getTranslation("unit.successor"));
        }
        if (unit.getWebsite() != null) {
            Anchor site = new Anchor(unit.getWebsite(), unit.getWebsite());
            site.setTarget("_blank");
            form.addFormItem(site, getTranslation("unit.website"));
        }
        item(form, "unit.contact", unit.getContact() == null ? Formats.NOTHING : unit.getContact().getFullName());
        item(form, "unit.icd10", Formats.value(unit.getIcd10Codes()));
        if (unit.getKind().isNetwork()) {
            item(form, "unit.funding-frame", Formats.value(unit.getFundingFrameMnok()));
            item(form, "unit.funding-start", Formats.date(unit.getFundingStart()));
            item(form, "unit.funding-end", Formats.date(unit.getFundingEnd()));
            item(form, "unit.year-six-evaluation", Formats.date(unit.getYearSixEvaluation()));
        }
        Paragraph description = new Paragraph(Formats.value(unit.getDescription()));
        description.getStyle().set("white-space", "pre-wrap");
        form.addFormItem(description, getTranslation("unit.description"));
        form.setColspan(description.getParent().orElseThrow(), 2);
        return form;
    }

    private void item(FormLayout form, String labelKey, String value) {
        form.addFormItem(new Span(value), getTranslation(labelKey));
    }

    static com.vaadin.flow.router.RouteParameters route(long unitId) {
        return new com.vaadin.flow.router.RouteParameters("id", String.valueOf(unitId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
