package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.UI;

/** The current screen's translation, for texts built outside a component. */
final class UiText {

    private UiText() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
