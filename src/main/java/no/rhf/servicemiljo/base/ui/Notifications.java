package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import no.rhf.servicemiljo.base.FieldValidationException;

import java.util.Map;

/** Consistent feedback: success and error toasts, and rule violations shown at their field. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows the violation at its field when the form has it, otherwise as an error toast. */
    public static void showAtField(FieldValidationException e, Map<String, ? extends HasValidation> fields) {
        String text = UI.getCurrent().getTranslation(e.getMessageKey(), e.getArguments());
        HasValidation field = fields.get(e.getField());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        } else {
            error(text);
        }
    }
}
