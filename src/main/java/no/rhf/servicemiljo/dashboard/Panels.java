package no.rhf.servicemiljo.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small helpers the dashboard panels of every feature share: empty states and the viewer's own region first. */
public final class Panels {

    private Panels() {
    }

    public static Component empty(Component owner, String messageKey) {
        Paragraph empty = new Paragraph(owner.getTranslation(messageKey));
        empty.addClassName("sm-empty-state");
        return empty;
    }

    /** A regional coordinator sees their own region first; everyone else the usual order. */
    public static List<Region> ownRegionFirst(List<Region> regions, AppUserPrincipal viewer) {
        List<Region> ordered = new ArrayList<>(regions);
        ordered.sort(Comparator.comparing((Region r) -> !r.getId().equals(viewer.regionId())));
        return ordered;
    }

    public static boolean isOwn(Region region, AppUserPrincipal viewer) {
        return region.getId().equals(viewer.regionId());
    }
}
