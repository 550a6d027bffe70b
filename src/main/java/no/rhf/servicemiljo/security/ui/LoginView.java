package no.rhf.servicemiljo.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.LocalLoginSetting;
import no.rhf.servicemiljo.security.SsoProperties;

import java.util.List;
import java.util.Map;

/**
 * Sign-in: "Logg inn med <provider>" for each configured single sign-on provider, and the form for local
 * accounts. A failed attempt shows one generic message: it never tells whether the username exists or the
 * account is deactivated; a throttled attempt says to wait, for any name alike.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final LoginI18n i18n = createI18n();

    public LoginView(SsoProperties sso, LocalLoginSetting localLogin) {
        addClassName("sm-login-page");
        if (!sso.providers().isEmpty()) {
            Div providers = new Div();
            providers.setId("sso-providers");
            providers.addClassName("sm-sso-providers");
            for (SsoProperties.Provider provider : sso.providers()) {
                // A plain link: the browser goes to the provider and comes back to /login/oauth2/code/<id>.
                Anchor link = new Anchor("oauth2/authorization/" + provider.id(),
                        getTranslation("login.sso.with", provider.displayName()));
                link.setRouterIgnore(true);
                link.setId("sso-" + provider.id());
                link.addClassName("sm-sso-button");
                providers.add(link);
            }
            add(providers);
        }
        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n);
        notice.setId("login-notice");
        notice.setVisible(false);
        Paragraph hint = new Paragraph(getTranslation(localLogin.isEnabled() || sso.providers().isEmpty()
                ? "login.hint" : "login.local-off.hint"));
        hint.addClassName("sm-muted");
        add(notice, login, hint, no.rhf.servicemiljo.base.ui.AccessibilityChecks.statementLink());
    }

    private LoginI18n createI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (parameters.containsKey("throttled")) {
            String seconds = parameters.get("throttled").stream().findFirst().filter(s -> s.matches("\\d{1,6}")).orElse("60");
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", Long.parseLong(seconds)));
        } else if (parameters.containsKey("local-off")) {
            error.setTitle(getTranslation("login.local-off.title"));
            error.setMessage(getTranslation("login.local-off.message"));
        } else if (parameters.containsKey("sso-error")) {
            error.setTitle(getTranslation("login.sso-error.title"));
            error.setMessage(getTranslation("login.sso-error.message"));
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("throttled")
                || parameters.containsKey("local-off") || parameters.containsKey("sso-error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
