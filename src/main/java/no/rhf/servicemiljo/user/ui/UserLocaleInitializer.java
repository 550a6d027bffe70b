package no.rhf.servicemiljo.user.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.rhf.servicemiljo.base.i18n.UiLanguages;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every UI starts in the signed-in user's remembered language (bokmål, nynorsk or English), and in
 * Norwegian bokmål before login, whatever the browser asks for. The page's {@code lang} follows, so
 * that screen readers pronounce the text in the right language (WCAG 3.1.1).
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private final UserService userService;

    UserLocaleInitializer(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", UiLanguages.localeOf(userService.ownLocale()).toLanguageTag()));
        event.getSource().addUIInitListener(init -> {
            Locale locale = UiLanguages.localeOf(userService.ownLocale());
            init.getUI().setLocale(locale);
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }
}
