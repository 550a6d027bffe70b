package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.ApplicationDraft;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.ApplicationStatus;
import no.rhf.servicemiljo.irf.IrfHistoryService;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Create, edit, submit and attach the common form to an application; read-only for those who may not edit. */
class ApplicationDialog extends Dialog {

    private final ApplicationService service;
    private final IrfRound round;
    private final Runnable onChange;
    private Application application;

    private final ComboBox<HealthTrust> host = new ComboBox<>();
    private final ComboBox<HealthTrust> secondHost = new ComboBox<>();
    private final ComboBox<UnitKind> kind = new ComboBox<>();
    private final ComboBox<CompetenceFunction> function = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField patientGroup = new TextField();
    private final TextArea description = new TextArea();
    private final Checkbox newMethod = new Checkbox();
    private final TextField beslutningsforum = new TextField();
    private final TextField contact = new TextField();
    private final Map<Long, TextArea> answers = new LinkedHashMap<>();
    private final Map<Short, IntegerField> volumes = new LinkedHashMap<>();

    ApplicationDialog(ApplicationService service, IrfHistoryService history, OrganisationService organisation, IrfRound round,
                      Application application, Runnable onChange) {
        this.service = service;
        this.round = round;
        this.application = application;
        this.onChange = onChange;
        AppUserPrincipal user = CurrentUser.require();
        setHeaderTitle(getTranslation(application == null ? "irf.applications.new" : "irf.applications.edit"));
        setWidth("min(60rem, 95vw)");
        List<HealthTrust> trusts = organisation.healthTrusts();
        List<HealthTrust> ownTrusts = user.hasRole(Role.ADMIN) ? trusts
                : trusts.stream().filter(t -> t.getRegion().getId().equals(user.regionId())).toList();
        host.setLabel(getTranslation("irf.application.host"));
        host.setItems(ownTrusts);
        host.setItemLabelGenerator(HealthTrust::getName);
        secondHost.setLabel(getTranslation("irf.application.second-host"));
        secondHost.setItems(trusts);
        secondHost.setItemLabelGenerator(t -> t.getName() + " (" + t.getRegion().getName() + ")");
        secondHost.setClearButtonVisible(true);
        kind.setLabel(getTranslation("irf.application.kind"));
        kind.setItems(UnitKind.NATIONAL_TREATMENT_SERVICE, UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE, UnitKind.NATIONAL_COMPETENCE_SERVICE);
        kind.setItemLabelGenerator(Formats::enumLabel);
        function.setLabel(getTranslation("irf.application.function"));
        function.setItems(CompetenceFunction.values());
        function.setItemLabelGenerator(Formats::enumLabel);
        function.setClearButtonVisible(true);
        title.setLabel(getTranslation("irf.application.title"));
        title.setMaxLength(ApplicationService.MAX_TITLE);
        patientGroup.setMaxLength(ApplicationService.MAX_TITLE);
        beslutningsforum.setMaxLength(ApplicationService.MAX_BESLUTNINGSFORUM_REF);
        contact.setMaxLength(ApplicationService.MAX_CONTACT);
        patientGroup.setLabel(getTranslation("irf.application.patient-group"));
        description.setLabel(getTranslation("irf.application.description"));
        newMethod.setLabel(getTranslation("irf.application.new-method"));
        beslutningsforum.setLabel(getTranslation("irf.application.beslutningsforum"));
        beslutningsforum.setHelperText(getTranslation("irf.application.beslutningsforum-help"));
        contact.setLabel(getTranslation("irf.application.contact"));
        FormLayout form = new FormLayout(host, secondHost, kind, function, title, patientGroup, description, newMethod,
                beslutningsforum, contact);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form, new H4(getTranslation("irf.application.criteria")));
        FormLayout criteria = new FormLayout();
        criteria.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (IrfRound.Criterion c : round.criteria()) {
            TextArea answer = new TextArea(c.position() + ". " + c.text());
            answers.put(c.id(), answer);
            criteria.add(answer);
        }
        add(criteria, new H4(getTranslation("irf.application.volumes")));
        FormLayout volumeForm = new FormLayout();
        for (Region region : organisation.regions()) {
            IntegerField field = new IntegerField(region.getName());
            field.setMin(0);
            volumes.put(region.getId(), field);
            volumeForm.add(field);
        }
        add(volumeForm);
        if (application != null) {
            fill(application);
        }
        boolean editable = application == null || service.canEdit(application);
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasEnabled) c).setEnabled(editable));
        answers.values().forEach(a -> a.setReadOnly(!editable));
        volumes.values().forEach(v -> v.setReadOnly(!editable));
        addAttachment(editable);
        Button close = new Button(getTranslation("common.close"), e -> close());
        getFooter().add(close);
        if (application != null) {
            long id = application.id();
            Button showHistory = new Button(getTranslation("irf.history.show"), e -> IrfHistoryDialog.open(this,
                    getTranslation("irf.history.application", application.title()), history.applicationHistory(id)));
            showHistory.setId("irf-application-history");
            getFooter().add(showHistory);
        }
        if (editable) {
            Button save = new Button(getTranslation("common.save"), e -> save());
            save.setId("irf-save-application");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save);
            if (application != null && application.status() == ApplicationStatus.DRAFT) {
                Button submit = new Button(getTranslation("irf.applications.submit"), e -> submit());
                submit.setId("irf-submit-application");
                getFooter().add(submit);
            }
        }
    }

    private void addAttachment(boolean editable) {
        add(new H4(getTranslation("irf.application.attachment")));
        if (application != null && application.attachmentName() != null) {
            long id = application.id();
            add(new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(
                    service.attachment(id).orElse(new byte[0])), application.attachmentName(), "application/pdf", -1)),
                    application.attachmentName()));
        }
        if (editable && application != null) {
            long id = application.id();
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                try {
                    application = service.attachForm(id, meta.fileName(), bytes);
                    Notifications.success(getTranslation("irf.application.attachment-saved"));
                } catch (FieldValidationException e) {
                    Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
                }
            }))));
            upload.setAcceptedFileTypes("application/pdf", ".pdf");
            upload.setMaxFileSize(ApplicationService.MAX_ATTACHMENT_BYTES);
            add(upload);
        } else if (application == null) {
            add(new Span(getTranslation("irf.application.attachment-after-save")));
        }
    }

    private void fill(Application a) {
        host.getListDataView().getItems().filter(t -> t.getId() == a.hostTrustId()).findFirst().ifPresentOrElse(host::setValue, () -> {
            host.setItems(secondHost.getListDataView().getItems().toList());
            secondHost.getListDataView().getItems().filter(t -> t.getId() == a.hostTrustId()).findFirst().ifPresent(host::setValue);
        });
        if (a.secondHostTrustId() != null) {
            secondHost.getListDataView().getItems().filter(t -> t.getId().equals(a.secondHostTrustId())).findFirst().ifPresent(secondHost::setValue);
        }
        kind.setValue(a.kind());
        function.setValue(a.competenceFunction());
        title.setValue(a.title());
        patientGroup.setValue(a.patientGroup());
        description.setValue(a.description());
        newMethod.setValue(a.newMethod());
        beslutningsforum.setValue(a.beslutningsforumRef() == null ? "" : a.beslutningsforumRef());
        contact.setValue(a.contact());
        a.answers().forEach((id, text) -> {
            if (answers.containsKey(id)) {
                answers.get(id).setValue(text);
            }
        });
        a.volumes().forEach((region, patients) -> {
            if (volumes.containsKey(region)) {
                volumes.get(region).setValue(patients);
            }
        });
    }

    ApplicationDraft draft() {
        Map<Long, String> answerValues = new HashMap<>();
        answers.forEach((id, field) -> answerValues.put(id, field.getValue()));
        Map<Short, Integer> volumeValues = new HashMap<>();
        volumes.forEach((id, field) -> volumeValues.put(id, field.getValue()));
        return new ApplicationDraft(host.getValue() == null ? null : host.getValue().getId(),
                secondHost.getValue() == null ? null : secondHost.getValue().getId(), kind.getValue(), function.getValue(),
                title.getValue(), patientGroup.getValue(), description.getValue(), newMethod.getValue(),
                beslutningsforum.getValue(), contact.getValue(), answerValues, volumeValues);
    }

    private void save() {
        try {
            application = application == null ? service.create(round.id(), draft()) : service.update(application.id(), draft());
            Notifications.success(getTranslation("irf.applications.saved"));
            onChange.run();
            close();
        } catch (FieldValidationException e) {
            Notifications.showAtField(e, fields());
        }
    }

    private void submit() {
        try {
            service.update(application.id(), draft());
            service.submit(application.id());
            Notifications.success(getTranslation("irf.applications.submitted"));
            onChange.run();
            close();
        } catch (FieldValidationException e) {
            Notifications.showAtField(e, fields());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("hostTrust", host, "secondHostTrust", secondHost, "kind", kind, "competenceFunction", function,
                "title", title, "patientGroup", patientGroup, "description", description,
                "beslutningsforumRef", beslutningsforum, "contact", contact);
    }
}
