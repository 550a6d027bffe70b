package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;

/** The landing page: who you are and what Servicemiljø is for. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Section implements HasDynamicTitle {

    public HomeView() {
        addClassName("sm-view");
        setId("home-view");
        AppUserPrincipal user = CurrentUser.require();
        add(new H2(getTranslation("home.welcome", user.fullName())),
                new Paragraph(getTranslation("home.role", getTranslation("role." + user.role().name()))),
                new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
