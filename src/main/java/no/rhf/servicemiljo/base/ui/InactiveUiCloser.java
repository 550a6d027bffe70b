package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes, within seconds, the screens (UIs) of browsers that stopped sending Vaadin's heartbeat: a lost
 * connection, a laptop put to sleep, a browser killed without the page's {@code pagehide} beacon. Closing a UI
 * detaches its views, so their Collaboration Engine connections deactivate and the person disappears from
 * the avatars and from "X skriver her" (connection-scoped entries).
 *
 * <p>Vaadin itself closes such a UI only at the end of a later request <em>to the same session</em>; a person
 * who closed her only tab or lost her connection sends none, so her presence stayed until the session
 * expired. This checks every session every few seconds with Vaadin's own rule ({@link VaadinService#isUIActive}:
 * no heartbeat for about three heartbeat intervals, see {@code vaadin.heartbeatInterval}), under the session
 * lock as Vaadin does. A page closed normally does not wait for this: Flow's client sends an unload beacon on
 * {@code pagehide} and the UI is closed at once.
 *
 * <p>Off ({@code servicemiljo.presence.close-inactive-screens=false}) in the server-side UI tests, whose mock
 * browser sends no heartbeat.
 */
@Component
@ConditionalOnProperty(name = "servicemiljo.presence.close-inactive-screens", havingValue = "true", matchIfMissing = true)
class InactiveUiCloser implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(InactiveUiCloser.class);
    static final long SWEEP_SECONDS = 3;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
        service.addSessionInitListener(init -> sessions.add(init.getSession()));
        service.addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inactive-ui-closer");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> sweep(service, sessions), SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
        service.addServiceDestroyListener(destroy -> sweeper.shutdownNow());
    }

    private static void sweep(VaadinService service, Set<VaadinSession> sessions) {
        for (VaadinSession session : List.copyOf(sessions)) {
            try {
                if (session.getSession() == null) {
                    sessions.remove(session);
                    continue;
                }
                session.access(() -> closeInactive(service, session));
            } catch (RuntimeException e) {
                log.debug("Could not check a session's screens", e);
            }
        }
    }

    /** Under the session lock. */
    private static void closeInactive(VaadinService service, VaadinSession session) {
        for (UI ui : new ArrayList<>(session.getUIs())) {
            if (!service.isUIActive(ui)) {
                ui.accessSynchronously(() -> {
                    log.debug("Closing UI {}: no heartbeat since {}", ui.getUIId(), ui.getInternals().getLastHeartbeatTimestamp());
                    ui.close();
                    session.removeUI(ui);
                });
            }
        }
    }
}
