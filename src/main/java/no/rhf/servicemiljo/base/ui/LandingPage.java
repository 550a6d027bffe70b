package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.Component;
import no.rhf.servicemiljo.security.AppUserPrincipal;

import java.util.Optional;

/** A feature's claim to be the first page a user sees after signing in (instead of the welcome page). */
public interface LandingPage {

    Optional<Class<? extends Component>> landingFor(AppUserPrincipal user);
}
