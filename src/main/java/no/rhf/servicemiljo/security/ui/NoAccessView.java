package no.rhf.servicemiljo.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a single sign-on user lands whose groups map to no role yet. They are not signed in to the app (no
 * session is kept); the page says what to do, it is not an error.
 */
@Route(value = "no-access", autoLayout = false)
@AnonymousAllowed
public class NoAccessView extends Main implements HasDynamicTitle {

    public NoAccessView() {
        addClassName("sm-login-page");
        setId("no-access");
        Anchor back = new Anchor("login", getTranslation("no-access.back"));
        back.setRouterIgnore(true);
        add(new H1(getTranslation("no-access.title")), new Paragraph(getTranslation("no-access.text")), back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-access.page-title");
    }
}
