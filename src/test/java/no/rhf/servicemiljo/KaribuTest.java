package no.rhf.servicemiljo;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import no.rhf.servicemiljo.base.i18n.AppI18NProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;

import java.util.Locale;

/**
 * Server-side UI tests with Karibu-Testing: real Spring beans, real PostgreSQL, views and
 * navigation access control exercised without a browser.
 */
public abstract class KaribuTest extends ServiceTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("no.rhf.servicemiljo");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, applicationContext, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs in as a demo user, as if through the login form, then starts on the home page. */
    protected void login(String username) {
        var authentication = SecurityTestSupport.signIn(userDetailsService, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals));
        UI.getCurrent().setLocale(AppI18NProvider.NORWEGIAN);
        VaadinSession.getCurrent().setLocale(AppI18NProvider.NORWEGIAN);
        UI.getCurrent().navigate("");
    }

    protected void useLocale(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }
}
