package no.rhf.servicemiljo.shell;

import com.vaadin.flow.component.Component;
import no.rhf.servicemiljo.security.AppUserPrincipal;

/** A feature's part of the home page (for example <em>Mine oppgaver</em>), built fresh for one screen. */
public interface HomeSection {

    int order();

    Component create(AppUserPrincipal user);
}
