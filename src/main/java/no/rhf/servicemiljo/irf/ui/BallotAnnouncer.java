package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The ballot's own polite live region: after a keyboard move it says where the application is now
 * ("«…» er nå på plass 2 av 5") and puts the focus back on the button that was pressed (or its
 * neighbour when that one is now disabled), since the grid redraws its rows after every change.
 */
class BallotAnnouncer extends Div {

    BallotAnnouncer() {
        setId("irf-ballot-live");
        addClassName("sm-sr-only");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** A row's Move up and Move down buttons, named after the application for screen readers. */
    HorizontalLayout moveButtons(long id, String title, boolean canUp, boolean canDown, Runnable up, Runnable down) {
        Button upButton = new Button(getTranslation("a11y.ballot.up"), e -> up.run());
        upButton.setId("ballot-up-" + id);
        upButton.setAriaLabel(getTranslation("a11y.ballot.up.label", title));
        upButton.setEnabled(canUp);
        Button downButton = new Button(getTranslation("a11y.ballot.down"), e -> down.run());
        downButton.setId("ballot-down-" + id);
        downButton.setAriaLabel(getTranslation("a11y.ballot.down.label", title));
        downButton.setEnabled(canDown);
        upButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        downButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(upButton, downButton);
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)");
        return buttons;
    }

    void say(String message) {
        // The same words again (moving back and forth) must still change the region.
        setText(message.equals(getText()) ? message + "\u200B" : message);
    }

    /** Focuses the first of these element ids that exists and is enabled once the grid has drawn it. */
    void focus(String... ids) {
        getElement().executeJs("""
                const ids = $0.split(','); let tries = 0;
                const attempt = () => {
                  for (const id of ids) {
                    const el = document.getElementById(id);
                    if (el && !el.disabled && !el.hasAttribute('disabled')) { el.focus(); return; }
                  }
                  if (tries++ < 40) setTimeout(attempt, 50);
                };
                setTimeout(attempt, 0);
                """, String.join(",", ids));
    }
}
