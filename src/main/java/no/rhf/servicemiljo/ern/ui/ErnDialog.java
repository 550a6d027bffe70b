package no.rhf.servicemiljo.ern.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.ern.ErnDraft;
import no.rhf.servicemiljo.ern.ErnMembership;
import no.rhf.servicemiljo.ern.ErnNetworks;
import no.rhf.servicemiljo.ern.ErnService;
import no.rhf.servicemiljo.ern.ErnStatus;
import no.rhf.servicemiljo.registry.NationalUnit;

import java.util.Map;

/** Adds or changes a unit's ERN membership; the 24 networks are suggested, another name can be typed. */
class ErnDialog extends Dialog {

    final ComboBox<String> network = new ComboBox<>();
    final Select<ErnStatus> status = new Select<>();
    final DatePicker startedOn = new DatePicker();
    final DatePicker endedOn = new DatePicker();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();

    ErnDialog(NationalUnit unit, ErnMembership existing, ErnService service, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "ern.add" : "ern.edit"));
        setId("ern-dialog");
        setWidth("min(40rem, 95vw)");
        network.setLabel(getTranslation("ern.network"));
        network.setItems(ErnNetworks.NAMES);
        network.setAllowCustomValue(true);
        network.addCustomValueSetListener(e -> network.setValue(e.getDetail()));
        network.setHelperText(getTranslation("ern.network.helper"));
        network.setId("ern-network");
        status.setLabel(getTranslation("ern.status"));
        status.setItems(ErnStatus.values());
        status.setItemLabelGenerator(Formats::enumLabel);
        status.setValue(ErnStatus.FULL_MEMBER);
        status.setId("ern-status");
        startedOn.setLabel(getTranslation("ern.started-on"));
        startedOn.setId("ern-started-on");
        endedOn.setLabel(getTranslation("ern.ended-on"));
        endedOn.setId("ern-ended-on");
        startedOn.setLocale(UI.getCurrent().getLocale());
        endedOn.setLocale(UI.getCurrent().getLocale());
        contactName.setLabel(getTranslation("ern.contact-name"));
        contactName.setMaxLength(ErnService.MAX_NAME);
        contactName.setId("ern-contact-name");
        contactEmail.setLabel(getTranslation("ern.contact-email"));
        contactEmail.setMaxLength(ErnService.MAX_EMAIL);
        contactEmail.setId("ern-contact-email");
        if (existing != null) {
            network.setValue(existing.getNetwork());
            status.setValue(existing.getStatus());
            startedOn.setValue(existing.getStartedOn());
            endedOn.setValue(existing.getEndedOn());
            contactName.setValue(existing.getContactName() == null ? "" : existing.getContactName());
            contactEmail.setValue(existing.getContactEmail() == null ? "" : existing.getContactEmail());
        }
        Map<String, HasValidation> fields = Map.of("network", network, "status", status, "startedOn", startedOn,
                "endedOn", endedOn, "contactName", contactName, "contactEmail", contactEmail);
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            ErnDraft draft = new ErnDraft(network.getValue(), status.getValue(), startedOn.getValue(), endedOn.getValue(),
                    contactName.getValue(), contactEmail.getValue(), existing == null ? null : existing.getVersion());
            try {
                service.save(unit.getId(), existing == null ? null : existing.getId(), draft);
                Notifications.success(getTranslation("ern.saved", no.rhf.servicemiljo.ern.ErnNetworks.canonical(draft.network())));
                close();
                onSaved.run();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("ern-save");
        add(new FormLayout(network, status, startedOn, endedOn, contactName, contactEmail));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
