package no.rhf.servicemiljo.base.ui;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import no.rhf.servicemiljo.base.DataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Pushes a refresh to the open screens that show what changed, after the change is committed. A screen
 * registers for what it shows — kinds of change, narrowed to the record it shows when the change says what it
 * is about ({@link #when(Class, Predicate)}: "reports of cycle 7") — on attach, and unregisters on detach, so a
 * change refreshes only the screens it concerns.
 * <p>
 * Bursts are coalesced: a screen has at most one refresh waiting, and two refreshes of a screen are at least
 * {@code servicemiljo.live-updates.refresh-interval} apart (a burst gives one refresh at the end of the interval).
 * With several nodes the change goes out on a Hazelcast topic and every node refreshes its own screens; on one
 * node it goes straight to them.
 */
@Component
public class LiveUpdates {

    /** What a screen shows: one kind of change, and which of those changes concern it. */
    public record Interest<T extends DataChanged>(Class<T> kind, Predicate<? super T> concerns) {

        boolean matches(DataChanged change) {
            return kind.isInstance(change) && concerns.test(kind.cast(change));
        }
    }

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<DataChanged>> nodeListeners = new CopyOnWriteArrayList<>();
    private final ITopic<DataChanged> cluster;
    private final long intervalMillis;
    private final LongSupplier clock;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-updates");
        thread.setDaemon(true);
        return thread;
    });

    /** One registered screen; {@code about} empty means every change. */
    private final class Listener {
        private final UI ui;
        private final Runnable refresh;
        private final List<Interest<?>> about;
        private final AtomicBoolean waiting = new AtomicBoolean();
        private volatile long lastRun = Long.MIN_VALUE / 2;

        Listener(UI ui, Runnable refresh, List<Interest<?>> about) {
            this.ui = ui;
            this.refresh = refresh;
            this.about = about;
        }

        boolean concerns(DataChanged change) {
            return about.isEmpty() || about.stream().anyMatch(interest -> interest.matches(change));
        }

        void schedule() {
            if (!waiting.compareAndSet(false, true)) {
                return; // a refresh is already coming: it will show this change too
            }
            long wait = lastRun + intervalMillis - clock.getAsLong();
            if (wait <= 0) {
                run();
            } else {
                later.schedule(this::run, wait, TimeUnit.MILLISECONDS);
            }
        }

        private void run() {
            try {
                ui.access(() -> {
                    waiting.set(false);
                    lastRun = clock.getAsLong();
                    refresh.run();
                });
            } catch (UIDetachedException closed) {
                waiting.set(false);
            }
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    LiveUpdates(ObjectProvider<HazelcastInstance> hazelcast, LiveUpdateProperties properties) {
        this(hazelcast.getIfAvailable(), properties.refreshInterval().toMillis(), System::currentTimeMillis);
    }

    LiveUpdates(HazelcastInstance hazelcast, long intervalMillis, LongSupplier clock) {
        this.intervalMillis = intervalMillis;
        this.clock = clock;
        cluster = hazelcast == null ? null : hazelcast.getTopic("servicemiljo-data-changed");
        if (cluster != null) {
            cluster.addMessageListener(message -> deliver(message.getMessageObject()));
        }
    }

    /** Changes of {@code kind} that {@code concerns} accepts, e.g. {@code when(ReportChanged.class, c -> c.cycleId() == id)}. */
    public static <T extends DataChanged> Interest<T> when(Class<T> kind, Predicate<? super T> concerns) {
        return new Interest<>(kind, concerns);
    }

    /** Every change of {@code kind}. */
    public static <T extends DataChanged> Interest<T> any(Class<T> kind) {
        return new Interest<>(kind, change -> true);
    }

    /**
     * Runs {@code action} on every node after each committed change of {@code kind}, on the thread that delivers it
     * (keep it short): for what a node keeps in memory about the data, such as a cached permission.
     */
    public <T extends DataChanged> void onEveryNode(Class<T> kind, Consumer<? super T> action) {
        nodeListeners.add(change -> {
            if (kind.isInstance(change)) {
                action.accept(kind.cast(change));
            }
        });
    }

    /**
     * Registers {@code refresh} to run in {@code ui} (under its lock, pushed) after every change of the given
     * kinds (every change when none is given).
     */
    @SafeVarargs
    public final Registration register(UI ui, Runnable refresh, Class<? extends DataChanged>... about) {
        return register(ui, refresh, interests(about));
    }

    /** Registers {@code refresh} to run in {@code ui} after every change one of {@code about} accepts (every change when empty). */
    public Registration register(UI ui, Runnable refresh, List<Interest<?>> about) {
        Object key = new Object();
        listeners.put(key, new Listener(ui, refresh, List.copyOf(about)));
        return () -> listeners.remove(key);
    }

    /** Runs {@code refresh} after every change of the given kinds for as long as {@code component} is attached. */
    @SafeVarargs
    public final void refreshWhileAttached(com.vaadin.flow.component.Component component, Runnable refresh,
                                           Class<? extends DataChanged>... about) {
        refreshWhileAttached(component, refresh, interests(about));
    }

    /** Runs {@code refresh} after every change one of {@code about} accepts for as long as {@code component} is attached. */
    public void refreshWhileAttached(com.vaadin.flow.component.Component component, Runnable refresh, Interest<?>... about) {
        refreshWhileAttached(component, refresh, List.of(about));
    }

    private void refreshWhileAttached(com.vaadin.flow.component.Component component, Runnable refresh, List<Interest<?>> about) {
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
        nodeListeners.forEach(listener -> listener.accept(change));
        listeners.values().stream().filter(listener -> listener.concerns(change)).forEach(Listener::schedule);
    }

    private static List<Interest<?>> interests(Class<? extends DataChanged>[] kinds) {
        return Arrays.stream(kinds).<Interest<?>>map(LiveUpdates::any).toList();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        later.shutdownNow();
    }

    int listenerCount() {
        return listeners.size();
    }
}
