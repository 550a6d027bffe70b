package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.HasElement;

/** Small accessibility helpers shared by the views. */
public final class A11y {

    private A11y() {
    }

    /**
     * A box whose content may scroll sideways (a wide table on a narrow screen) becomes a named,
     * focusable region, so that keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
     */
    public static <T extends HasElement> T scrollRegion(T box, String name) {
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", name);
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().getClassList().add("sm-scroll-region");
        return box;
    }
}
