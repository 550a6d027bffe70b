package no.rhf.servicemiljo.user.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.rhf.servicemiljo.base.i18n.AppI18NProvider;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in the signed-in user's remembered language, and in Norwegian bokmål before
 * login, whatever the browser asks for.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private final UserService userService;

    UserLocaleInitializer(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(AppI18NProvider.localeOf(userService.ownLocale())));
    }
}
