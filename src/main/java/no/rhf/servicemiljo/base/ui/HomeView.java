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

import java.util.Comparator;
import java.util.List;

/**
 * The home page of every role: who you are and the features' sections, first of all <em>Mine oppgaver</em> (what
 * waits for you now). A feature may still claim the first page through a {@link LandingPage}.
 */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:inbox")
public class HomeView extends Section implements HasDynamicTitle, BeforeEnterObserver {

    private final List<LandingPage> landingPages;

    public HomeView(List<LandingPage> landingPages, List<HomeSection> sections) {
        this.landingPages = landingPages;
        addClassName("sm-view");
        setId("home-view");
        AppUserPrincipal user = CurrentUser.require();
        Paragraph role = new Paragraph(getTranslation("home.role", getTranslation("role." + user.role().name())));
        role.addClassName("sm-muted");
        add(new H2(getTranslation("home.welcome", user.fullName())), role);
        sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).map(s -> s.create(user)).forEach(this::add);
        add(new Paragraph(getTranslation("home.intro")));
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
