package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.UI;

/** The name of a kind of deadline in the user's language; a kind without a name (added by ADMIN) shows its code. */
final class KindLabels {

    private KindLabels() {
    }

    static String of(String kind) {
        String key = "reminder.kind." + kind;
        String label = UI.getCurrent().getTranslation(key);
        return label == null || label.equals("!" + key) ? kind : label;
    }
}
