package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;

import java.util.LinkedHashMap;
import java.util.Map;

/** A dialog with a form whose save calls the service; a broken rule is shown at its field and the dialog stays open. */
class FormDialog extends Dialog {

    interface Action {
        void run();
    }

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    final Button save;

    FormDialog(String title, String id, String saveLabel, Action action, Runnable onSaved) {
        this(title, id, saveLabel);
        save.addClickListener(e -> {
            clearErrors();
            try {
                action.run();
                close();
                onSaved.run();
            } catch (FieldValidationException ex) {
                showError(ex);
            }
        });
    }

    /** A dialog whose save button the caller wires itself (for a confirmation before saving). */
    FormDialog(String title, String id, String saveLabel) {
        setHeaderTitle(title);
        setId(id);
        setWidth("min(40rem, 95vw)");
        add(form);
        save = new Button(saveLabel);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id + "-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void showError(FieldValidationException e) {
        Notifications.showAtField(e, fields);
    }

    <T extends Component & HasValidation> T field(String name, T field) {
        fields.put(name, field);
        form.add(field);
        return field;
    }

    void text(Component component) {
        form.add(component);
        form.setColspan(component, 2);
    }
}
