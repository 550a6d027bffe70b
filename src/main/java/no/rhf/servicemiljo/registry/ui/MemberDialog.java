package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.MemberDraft;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import no.rhf.servicemiljo.registry.SeatType;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;

import java.time.LocalDate;
import java.util.Map;

/** Adds a member to a reference group; the service checks the seat and chair rules. */
class MemberDialog extends Dialog {

    MemberDialog(NationalUnit unit, ReferenceGroupService service, OrganisationService organisation, UserService users,
                 Runnable onSaved) {
        setHeaderTitle(getTranslation("member.add"));
        setId("member-dialog");
        Select<SeatType> seat = new Select<>();
        seat.setLabel(getTranslation("member.seat-type"));
        seat.setItems(SeatType.values());
        seat.setItemLabelGenerator(Formats::enumLabel);
        seat.setValue(SeatType.RHF_REPRESENTATIVE);
        ComboBox<Region> region = new ComboBox<>(getTranslation("member.region"), organisation.regions());
        region.setItemLabelGenerator(Region::getName);
        ComboBox<AppUser> user = new ComboBox<>(getTranslation("member.user"), users.activeUsers());
        user.setItemLabelGenerator(u -> u.getFullName() + " (" + u.getUsername() + ")");
        user.setHelperText(getTranslation("member.user.helper"));
        user.setClearButtonVisible(true);
        TextField name = new TextField(getTranslation("member.person-name"));
        name.setMaxLength(150);
        EmailField email = new EmailField(getTranslation("member.email"));
        email.setMaxLength(200);
        DatePicker appointed = new DatePicker(getTranslation("member.appointed-on"), LocalDate.now());
        appointed.setLocale(getLocale());
        DatePicker endsOn = new DatePicker(getTranslation("member.ends-on"));
        endsOn.setLocale(getLocale());
        Checkbox chair = new Checkbox(getTranslation("member.chair"));
        user.addValueChangeListener(e -> {
            if (e.getValue() != null && name.isEmpty()) {
                name.setValue(e.getValue().getFullName());
                email.setValue(e.getValue().getEmail());
            }
        });
        FormLayout form = new FormLayout(seat, region, user, name, email, appointed, endsOn, chair);
        Map<String, HasValidation> fields = Map.of("seatType", seat, "region", region, "personName", name, "email", email,
                "appointedOn", appointed, "endsOn", endsOn, "chair", region);

        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            MemberDraft draft = new MemberDraft();
            draft.setSeatType(seat.getValue());
            draft.setRegion(region.getValue());
            draft.setUser(user.getValue());
            draft.setPersonName(name.getValue());
            draft.setEmail(email.getValue());
            draft.setAppointedOn(appointed.getValue());
            draft.setEndsOn(endsOn.getValue());
            draft.setChair(chair.getValue());
            try {
                service.addMember(unit.getId(), draft);
                Notifications.success(getTranslation("member.added", draft.getPersonName()));
                close();
                onSaved.run();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("member-save");
        add(form);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
