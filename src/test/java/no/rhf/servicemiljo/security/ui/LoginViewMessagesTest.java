package no.rhf.servicemiljo.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import no.rhf.servicemiljo.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login view's answers to the login guard: a wait, local login off, a failed single sign-on. */
class LoginViewMessagesTest extends KaribuTest {

    private LoginForm open(String parameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, value)));
        return _get(LoginForm.class);
    }

    /** The texts the login form shows (its i18n property, as sent to the browser). */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void aThrottledAttemptSaysHowLongToWaitWithoutSayingWhetherTheAccountExists() {
        LoginForm form = open("throttled", "16");
        assertTrue(form.isError());
        assertTrue(i18n(form).contains("For mange mislykkede innlogginger"), i18n(form));
        assertTrue(i18n(form).contains("Vent 16 sekunder og prøv igjen."), i18n(form));
    }

    @Test
    void localLoginOffAndAFailedSingleSignOnHaveTheirOwnMessages() {
        assertTrue(i18n(open("local-off", "")).contains("Innlogging med passord er slått av"));
        assertTrue(i18n(open("sso-error", "")).contains("Innloggingen ble ikke fullført"));
    }

    @Test
    void withoutConfiguredProvidersThereIsNoSingleSignOnButton() {
        UI.getCurrent().navigate("login");
        assertTrue(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("sso-providers")).isEmpty());
        assertEquals(List.of(), _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.getHref().startsWith("oauth2/")).toList());
    }
}
