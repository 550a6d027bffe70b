package no.rhf.servicemiljo.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * A friendly page for unexpected errors during navigation. The details go to the log under a
 * short reference the user can quote; nothing technical is shown to the user.
 */
@AnonymousAllowed
public class ErrorView extends Section implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        addClassName("sm-view");
        setId("error-view");
        add(new H2(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.text")), reference,
                new Anchor("", getTranslation("error.back-home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error [{}] navigating to '{}'", id, event.getLocation().getPath(), parameter.getCaughtException());
        reference.setText(getTranslation("error.unexpected.reference", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.title");
    }
}
