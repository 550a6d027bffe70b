package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;

import java.util.List;

/** The landing page: who you are and what Servicemiljø is for. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Section implements HasDynamicTitle, BeforeEnterObserver {

    private final List<LandingPage> landingPages;

    public HomeView(List<LandingPage> landingPages) {
        this.landingPages = landingPages;
        addClassName("sm-view");
        setId("home-view");
        AppUserPrincipal user = CurrentUser.require();
        add(new H2(getTranslation("home.welcome", user.fullName())),
                new Paragraph(getTranslation("home.role", getTranslation("role." + user.role().name()))),
                new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AppUserPrincipal user = CurrentUser.require();
        landingPages.stream().map(page -> page.landingFor(user)).flatMap(java.util.Optional::stream)
                .findFirst().ifPresent(event::forwardTo);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
