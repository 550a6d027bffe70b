package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import no.rhf.servicemiljo.base.DataChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes a refresh to open screens when data they show has changed (after the change is committed).
 * Screens register on attach and unregister on detach. One app node: with several nodes, use a
 * Collaboration Engine backend or a database notification instead.
 */
@Component
public class LiveUpdates {

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();

    private record Listener(UI ui, Runnable refresh) {
    }

    /** Registers {@code refresh} to run in {@code ui} (under its lock, pushed) after every data change. */
    public Registration register(UI ui, Runnable refresh) {
        Object key = new Object();
        listeners.put(key, new Listener(ui, refresh));
        return () -> listeners.remove(key);
    }

    /** Runs {@code refresh} after every data change for as long as {@code component} is attached to a UI. */
    public void refreshWhileAttached(com.vaadin.flow.component.Component component, Runnable refresh) {
        Registration[] registration = new Registration[1];
        component.addAttachListener(event -> registration[0] = register(event.getUI(), refresh));
        component.addDetachListener(event -> {
            if (registration[0] != null) {
                registration[0].remove();
            }
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onDataChanged(DataChanged event) {
        listeners.values().forEach(listener -> listener.ui().access(listener.refresh()::run));
    }

    int listenerCount() {
        return listeners.size();
    }
}
