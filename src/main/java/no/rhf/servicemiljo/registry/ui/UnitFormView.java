package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.ReorganisationOption;
import no.rhf.servicemiljo.registry.UnitDraft;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.registry.UnitRules;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.registry.UnitStatus;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;

import java.util.List;
import java.util.Map;

/** Create or edit a unit. Fields appear as the kind and status need them; the service checks every rule. */
@Route("units/new")
@RouteAlias("units/:id([0-9]{1,18})/edit")
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
public class UnitFormView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final UnitService unitService;
    final Select<UnitKind> kind = new Select<>();
    final TextField nameNb = new TextField();
    final TextField nameEn = new TextField();
    final ComboBox<HealthTrust> hostTrust = new ComboBox<>();
    final ComboBox<HealthTrust> secondHostTrust = new ComboBox<>();
    final DatePicker approvalDate = new DatePicker();
    final Select<CompetenceFunction> competenceFunction = new Select<>();
    final DatePicker termEnd = new DatePicker();
    final TextField termEndReason = new TextField();
    final Select<UnitStatus> status = new Select<>();
    final Select<ReorganisationOption> reorganisationOption = new Select<>();
    final ComboBox<NationalUnit> successor = new ComboBox<>();
    final TextField website = new TextField();
    final ComboBox<AppUser> contact = new ComboBox<>();
    final TextField icd10Codes = new TextField();
    final Select<Short> fundingFrame = new Select<>();
    final DatePicker fundingStart = new DatePicker();
    final DatePicker fundingEnd = new DatePicker();
    final DatePicker yearSixEvaluation = new DatePicker();
    final TextArea description = new TextArea();
    private final Binder<UnitDraft> binder = new Binder<>(UnitDraft.class);
    private final H2 heading = new H2();
    private Long unitId;
    private Long version;

    UnitFormView(UnitService unitService, OrganisationService organisation, UserService users) {
        this.unitService = unitService;
        addClassName("sm-view");
        setId("unit-form");
        List<HealthTrust> trusts = organisation.healthTrusts();

        label(kind, "unit.kind");
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(Formats::enumLabel);
        label(nameNb, "unit.name-nb");
        nameNb.setMaxLength(UnitRules.MAX_NAME);
        label(nameEn, "unit.name-en");
        nameEn.setMaxLength(UnitRules.MAX_NAME);
        for (ComboBox<HealthTrust> trust : List.of(hostTrust, secondHostTrust)) {
            trust.setItems(trusts);
            trust.setItemLabelGenerator(t -> t.getName() + " (" + t.getRegion().getName() + ")");
        }
        label(hostTrust, "unit.host-trust");
        label(secondHostTrust, "unit.second-host-trust");
        label(approvalDate, "unit.approval-date");
        label(competenceFunction, "unit.competence-function");
        competenceFunction.setItems(CompetenceFunction.values());
        competenceFunction.setItemLabelGenerator(Formats::enumLabel);
        label(termEnd, "unit.term-end");
        termEnd.setHelperText(getTranslation("unit.term-end.helper"));
        label(termEndReason, "unit.term-end-reason");
        label(status, "unit.status");
        status.setItems(UnitStatus.values());
        status.setItemLabelGenerator(Formats::enumLabel);
        label(reorganisationOption, "unit.reorganisation-option");
        reorganisationOption.setItems(ReorganisationOption.values());
        reorganisationOption.setItemLabelGenerator(Formats::enumLabel);
        label(successor, "unit.successor");
        successor.setItems(unitService.possibleSuccessors());
        successor.setItemLabelGenerator(NationalUnit::getNameNb);
        label(website, "unit.website");
        website.setPlaceholder("https://");
        label(contact, "unit.contact");
        contact.setItems(users.activeUsers());
        contact.setItemLabelGenerator(u -> u.getFullName() + " (" + u.getUsername() + ")");
        contact.setClearButtonVisible(true);
        label(icd10Codes, "unit.icd10");
        icd10Codes.setHelperText(getTranslation("unit.icd10.helper"));
        label(fundingFrame, "unit.funding-frame");
        fundingFrame.setItems((short) 1, (short) 2);
        fundingFrame.setItemLabelGenerator(v -> getTranslation("unit.funding-frame." + v));
        label(fundingStart, "unit.funding-start");
        label(fundingEnd, "unit.funding-end");
        label(yearSixEvaluation, "unit.year-six-evaluation");
        label(description, "unit.description");
        description.setMaxLength(UnitRules.MAX_DESCRIPTION);
        termEndReason.setMaxLength(UnitRules.MAX_SHORT_TEXT);
        website.setMaxLength(UnitRules.MAX_SHORT_TEXT);
        icd10Codes.setMaxLength(UnitRules.MAX_SHORT_TEXT);
        for (DatePicker picker : List.of(approvalDate, termEnd, fundingStart, fundingEnd, yearSixEvaluation)) {
            picker.setLocale(getLocale());
        }

        binder.forField(kind).asRequired(getTranslation("unit.error.kind")).bind(UnitDraft::getKind, UnitDraft::setKind);
        binder.forField(nameNb).asRequired(getTranslation("unit.error.name-required")).bind(UnitDraft::getNameNb, UnitDraft::setNameNb);
        binder.forField(nameEn).bind(UnitDraft::getNameEn, UnitDraft::setNameEn);
        binder.forField(hostTrust).asRequired(getTranslation("unit.error.host-required")).bind(UnitDraft::getHostTrust, UnitDraft::setHostTrust);
        binder.forField(secondHostTrust).bind(UnitDraft::getSecondHostTrust, UnitDraft::setSecondHostTrust);
        binder.forField(approvalDate).bind(UnitDraft::getApprovalDate, UnitDraft::setApprovalDate);
        binder.forField(competenceFunction).bind(UnitDraft::getCompetenceFunction, UnitDraft::setCompetenceFunction);
        binder.forField(termEnd).bind(UnitDraft::getTermEnd, UnitDraft::setTermEnd);
        binder.forField(termEndReason).bind(UnitDraft::getTermEndReason, UnitDraft::setTermEndReason);
        binder.forField(status).asRequired().bind(UnitDraft::getStatus, UnitDraft::setStatus);
        binder.forField(reorganisationOption).bind(UnitDraft::getReorganisationOption, UnitDraft::setReorganisationOption);
        binder.forField(successor).bind(UnitDraft::getSuccessor, UnitDraft::setSuccessor);
        binder.forField(website).bind(UnitDraft::getWebsite, UnitDraft::setWebsite);
        binder.forField(contact).bind(UnitDraft::getContact, UnitDraft::setContact);
        binder.forField(icd10Codes).bind(UnitDraft::getIcd10Codes, UnitDraft::setIcd10Codes);
        binder.forField(fundingFrame).bind(UnitDraft::getFundingFrameMnok, UnitDraft::setFundingFrameMnok);
        binder.forField(fundingStart).bind(UnitDraft::getFundingStart, UnitDraft::setFundingStart);
        binder.forField(fundingEnd).bind(UnitDraft::getFundingEnd, UnitDraft::setFundingEnd);
        binder.forField(yearSixEvaluation).bind(UnitDraft::getYearSixEvaluation, UnitDraft::setYearSixEvaluation);
        binder.forField(description).bind(UnitDraft::getDescription, UnitDraft::setDescription);

        kind.addValueChangeListener(e -> updateVisibility());
        status.addValueChangeListener(e -> updateVisibility());
        approvalDate.addValueChangeListener(e -> suggestTermEnd(e.getOldValue()));
        competenceFunction.addValueChangeListener(e -> suggestTermEnd(approvalDate.getValue()));

        FormLayout form = new FormLayout(kind, nameNb, nameEn, hostTrust, secondHostTrust, approvalDate, competenceFunction,
                termEnd, termEndReason, status, reorganisationOption, successor, website, contact, icd10Codes,
                fundingFrame, fundingStart, fundingEnd, yearSixEvaluation, description);
        form.setColspan(description, 2);
        description.setMinHeight("8em");

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("unit-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(heading, form, new HorizontalLayout(save, cancel));
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unitId = event.getRouteParameters().getLong("id").orElse(null);
        if (unitId == null) {
            heading.setText(getTranslation("unit.new.title"));
            binder.readBean(new UnitDraft());
            version = null;
        } else {
            NationalUnit unit = unitService.find(unitId).orElseThrow(NotFoundException::new);
            if (!unitService.canEdit(unit)) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            heading.setText(getTranslation("unit.edit.title", unit.getNameNb()));
            binder.readBean(UnitDraft.of(unit));
            version = unit.getVersion();
        }
        updateVisibility();
    }

    private void suggestTermEnd(java.time.LocalDate previousApproval) {
        var previous = UnitRules.derivedTermEnd(kind.getValue(), competenceFunction.getValue(), previousApproval);
        var derived = UnitRules.derivedTermEnd(kind.getValue(), competenceFunction.getValue(), approvalDate.getValue());
        if (derived != null && (termEnd.isEmpty() || termEnd.getValue().equals(previous))) {
            termEnd.setValue(derived);
        }
    }

    private void updateVisibility() {
        UnitKind k = kind.getValue() == null ? UnitKind.NATIONAL_TREATMENT_SERVICE : kind.getValue();
        secondHostTrust.setVisible(k.isMultiRegional());
        hostTrust.setLabel(getTranslation(k.isNetwork() ? "unit.host-trust.network" : "unit.host-trust"));
        competenceFunction.setVisible(k.isCompetenceService());
        termEndReason.setVisible(k.isCompetenceService());
        for (com.vaadin.flow.component.Component field : List.<com.vaadin.flow.component.Component>of(fundingFrame, fundingStart, fundingEnd, yearSixEvaluation)) {
            field.setVisible(k.isNetwork());
        }
        reorganisationOption.setVisible(status.getValue() == UnitStatus.UNDER_REORGANISATION);
        successor.setVisible(status.getValue() == UnitStatus.CONTINUED);
    }

    private void save() {
        UnitDraft draft = new UnitDraft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        draft.setVersion(version);
        try {
            NationalUnit saved = unitId == null ? unitService.create(draft) : unitService.update(unitId, draft);
            Notifications.success(getTranslation("unit.saved", saved.getNameNb()));
            getUI().ifPresent(ui -> ui.navigate(UnitDetailView.class, new RouteParameters("id", String.valueOf(saved.getId()))));
        } catch (FieldValidationException e) {
            Notifications.showAtField(e, fieldsByName());
        }
    }

    Map<String, HasValidation> fieldsByName() {
        return Map.ofEntries(Map.entry("kind", kind), Map.entry("nameNb", nameNb), Map.entry("hostTrust", hostTrust),
                Map.entry("secondHostTrust", secondHostTrust), Map.entry("description", description),
                Map.entry("competenceFunction", competenceFunction), Map.entry("termEnd", termEnd),
                Map.entry("termEndReason", termEndReason), Map.entry("fundingFrameMnok", fundingFrame),
                Map.entry("fundingStart", fundingStart), Map.entry("fundingEnd", fundingEnd),
                Map.entry("reorganisationOption", reorganisationOption), Map.entry("successor", successor),
                Map.entry("website", website), Map.entry("icd10Codes", icd10Codes));
    }

    private void close() {
        getUI().ifPresent(ui -> {
            if (unitId == null) {
                ui.navigate(UnitListView.class);
            } else {
                ui.navigate(UnitDetailView.class, new RouteParameters("id", String.valueOf(unitId)));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
