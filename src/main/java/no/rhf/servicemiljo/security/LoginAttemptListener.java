package no.rhf.servicemiljo.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts local password sign-ins (not single sign-on) for {@link LoginAttempts}. */
@Component
class LoginAttemptListener {

    private final LoginAttempts attempts;

    LoginAttemptListener(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            attempts.failed(String.valueOf(token.getName()), address(token.getDetails()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getDetails() instanceof WebAuthenticationDetails) {
            attempts.succeeded(token.getName());
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
