package no.rhf.servicemiljo.base.ui;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import no.rhf.servicemiljo.base.DataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes a refresh to the open screens that show what changed, after the change is committed. A screen
 * registers for the kinds of change it shows (a {@link DataChanged} says what it is about), on attach, and
 * unregisters on detach, so a change refreshes only the screens it concerns. With several nodes the change
 * goes out on a Hazelcast topic and every node refreshes its own screens; on one node it goes straight to them.
 */
@Component
public class LiveUpdates {

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();
    private final ITopic<DataChanged> cluster;

    private record Listener(UI ui, Runnable refresh, List<Class<? extends DataChanged>> about) {

        boolean concerns(DataChanged change) {
            return about.isEmpty() || about.stream().anyMatch(kind -> kind.isInstance(change));
        }
    }

    LiveUpdates(ObjectProvider<HazelcastInstance> hazelcast) {
        HazelcastInstance instance = hazelcast.getIfAvailable();
        cluster = instance == null ? null : instance.getTopic("servicemiljo-data-changed");
        if (cluster != null) {
            cluster.addMessageListener(message -> deliver(message.getMessageObject()));
        }
    }

    /**
     * Registers {@code refresh} to run in {@code ui} (under its lock, pushed) after every change of the given
     * kinds (every change when none is given).
     */
    @SafeVarargs
    public final Registration register(UI ui, Runnable refresh, Class<? extends DataChanged>... about) {
        Object key = new Object();
        listeners.put(key, new Listener(ui, refresh, List.of(about)));
        return () -> listeners.remove(key);
    }

    /** Runs {@code refresh} after every change of the given kinds for as long as {@code component} is attached. */
    @SafeVarargs
    public final void refreshWhileAttached(com.vaadin.flow.component.Component component, Runnable refresh,
                                           Class<? extends DataChanged>... about) {
        Registration[] registration = new Registration[1];
        component.addAttachListener(event -> registration[0] = register(event.getUI(), refresh, about));
        component.addDetachListener(event -> {
            if (registration[0] != null) {
                registration[0].remove();
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onDataChanged(DataChanged change) {
        if (cluster != null) {
            cluster.publish(change);
        } else {
            deliver(change);
        }
    }

    private void deliver(DataChanged change) {
        listeners.values().stream().filter(listener -> listener.concerns(change))
                .forEach(listener -> listener.ui().access(listener.refresh()::run));
    }

    int listenerCount() {
        return listeners.size();
    }
}
