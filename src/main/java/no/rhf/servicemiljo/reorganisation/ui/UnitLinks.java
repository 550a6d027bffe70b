package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.html.Anchor;
import no.rhf.servicemiljo.registry.NationalUnit;

/** Links to other screens by their route (the registry's views are internal to it); the router handles the click. */
final class UnitLinks {

    private UnitLinks() {
    }

    static Anchor link(NationalUnit unit) {
        return route("units/" + unit.getId(), unit.getNameNb());
    }

    static Anchor caseLink(long caseId, String text) {
        return route("reorganisation/" + caseId, text);
    }

    static Anchor caseLinkToList(String text) {
        return route("reorganisation", text);
    }

    private static Anchor route(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
