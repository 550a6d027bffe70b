package no.rhf.servicemiljo.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.shell.HomeSection;

import java.util.Comparator;
import java.util.List;

/**
 * The home page of every role: who you are and the features' sections, first of all <em>Mine oppgaver</em> (what
 * waits for you now).
 */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:inbox")
public class HomeView extends Section implements HasDynamicTitle {

    public HomeView(List<HomeSection> sections) {
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
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
