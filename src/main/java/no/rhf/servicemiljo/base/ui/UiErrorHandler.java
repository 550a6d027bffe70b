package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.collaboration.ClosedTabFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Errors in click handlers and other UI events: the user sees a short message in their language,
 * the log gets the details with a reference the user can quote.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null && ClosedTabFailure.is(root)) {
            log.warn("A collaboration change for a closed tab failed inside Collaboration Engine: {}", root.toString());
            return;
        }
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if (root instanceof AccessDeniedException) {
            log.warn("Access denied in UI event: {}", root.getMessage());
            Notifications.error(ui.getTranslation("error.action-denied"));
        } else if (root instanceof FieldValidationException invalid) {
            Notifications.error(ui.getTranslation(invalid.getMessageKey(), invalid.getArguments()));
        } else if (root instanceof OptimisticLockingFailureException) {
            Notifications.error(ui.getTranslation("error.concurrent-change"));
        } else if (textStorageFailureKey(event.getThrowable()) != null) {
            log.warn("Text the database refused in UI event: {}", root.getMessage());
            Notifications.error(ui.getTranslation(textStorageFailureKey(event.getThrowable())));
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error [{}] in UI event", id, event.getThrowable());
            Notifications.error(ui.getTranslation("error.unexpected.reference", id));
        }
    }

    /**
     * The safety net behind the forms' own checks: PostgreSQL refusing a text (SQLState 22001 value too long; 22021
     * invalid byte sequence, 22P05 untranslatable character, as for NUL) is told as such, not as the generic error.
     */
    static String textStorageFailureKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "22001":
                        return "error.text-too-long";
                    case "22021", "22P05":
                        return "error.text-unstorable";
                    default:
                        break;
                }
            }
        }
        return null;
    }
}
