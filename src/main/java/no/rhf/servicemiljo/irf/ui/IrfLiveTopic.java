package no.rhf.servicemiljo.irf.ui;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.PresenceManager;
import com.vaadin.collaborationengine.TopicConnectionRegistration;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import no.rhf.servicemiljo.base.collaboration.CollaborationIdentity;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The seam between the IRF ranking and Collaboration Engine, and the only class of the feature that uses it
 * (Collaboration Engine is deprecated in Vaadin 25.3; a move to shared signals replaces this class only).
 *
 * <p>The topic carries no ballots and no state worth persisting: presence (who has the session open) and a
 * "something changed" token. Everything shown is read from the services, which keep it in PostgreSQL, so a
 * restart loses nothing.
 */
final class IrfLiveTopic {

    private static final String MAP = "round";
    private static final String CHANGED = "changed";
    private static final UserInfo SYSTEM = new UserInfo("irf-system", "Servicemiljø");

    private IrfLiveTopic() {
    }

    static String topicId(long roundId) {
        return "irf-ranking-" + roundId;
    }

    /**
     * While {@code owner} is attached: marks the signed-in user present, reports the ids of present users
     * (CollaborationIdentity ids, i.e. user ids) and calls {@code onChange} when any participant's action changed
     * the round. Callbacks run with the owner's UI locked.
     */
    static void join(Component owner, long roundId, Consumer<Set<String>> onPresence, Runnable onChange) {
        UserInfo me = CollaborationIdentity.currentUser();
        Set<String> present = new LinkedHashSet<>();
        PresenceManager presence = new PresenceManager(owner, me, topicId(roundId));
        presence.markAsPresent(true);
        presence.setPresenceHandler(context -> {
            String id = context.getUser().getId();
            present.add(id);
            onPresence.accept(Set.copyOf(present));
            return () -> {
                present.remove(id);
                onPresence.accept(Set.copyOf(present));
            };
        });
        CollaborationEngine.getInstance().openTopicConnection(owner, topicId(roundId), me,
                connection -> connection.getNamedMap(MAP).subscribe(event -> onChange.run()));
    }

    /** Tells every open session of the round to refresh. Called after the change is committed. */
    static void announce(long roundId) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return; // no Vaadin here (a job or a plain service test): nobody has a session open in this thread's app
        }
        CollaborationEngine engine = CollaborationEngine.getInstance(service);
        if (engine == null) {
            return;
        }
        AtomicReference<CompletableFuture<Void>> written = new AtomicReference<>();
        TopicConnectionRegistration registration = engine.openTopicConnection(engine.getSystemContext(), topicId(roundId), SYSTEM,
                connection -> {
                    written.set(connection.getNamedMap(MAP).put(CHANGED, UUID.randomUUID().toString()));
                    return null;
                });
        if (written.get() != null) {
            written.get().whenComplete((ok, error) -> registration.remove());
        }
    }
}
