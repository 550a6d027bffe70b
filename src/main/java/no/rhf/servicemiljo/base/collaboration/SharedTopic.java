package no.rhf.servicemiljo.base.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.collaborationengine.PresenceManager;
import com.vaadin.collaborationengine.TopicConnectionRegistration;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one seam between the product and Collaboration Engine's topics (deprecated in Vaadin 25.3; moving to
 * shared signals replaces this class and {@code CoEditedField}'s use of it). A screen joins a topic and hears
 * what the others on it do: stored plain values (a rating), who is in which field, "something changed" signals,
 * merged text edits and carets.
 *
 * <p>The topic is a messenger, not the store: everything published here was stored in PostgreSQL first, and
 * a screen opens with what is stored, so a restart loses nothing the topic held. Who is in which field and
 * where their caret is are connection-scoped: they disappear with the connection.
 */
public final class SharedTopic {

    /** A text edit as published: the version it made and its operation (JSON), from which browser. */
    public record EditMessage(long version, String operation, String origin, long seq) {
    }

    /**
     * What goes on the topic for one stored change: the value (a plain value as text, or a text edit) with who
     * made it, so that one entry per change both updates the others' screens and lets them announce it.
     */
    record PlainChange(String value, String by, String byName) {
    }

    record EditChange(EditMessage edit, String by, String byName) {
    }

    /** Where someone's caret or selection is in a co-edited text. */
    public record Caret(String userId, String name, int colorIndex, int start, int end) {
    }

    private static final UserInfo SYSTEM = new UserInfo("servicemiljo-system", "Servicemiljø");

    private final Component owner;
    private final String id;
    private final UserInfo me;
    private CollaborationMap values;
    private CollaborationMap editing;
    private CollaborationMap signals;
    private CollaborationMap edits;
    private CollaborationMap carets;
    private final List<BiConsumer<String, String>> valueListeners = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<String, List<String>>> editingListeners = new CopyOnWriteArrayList<>();
    /** Who else is in which field: field → user id → name. */
    private final Map<String, Map<String, String>> inField = new ConcurrentHashMap<>();
    private final List<Consumer<String>> signalListeners = new CopyOnWriteArrayList<>();
    private final Map<String, List<Consumer<EditMessage>>> editListeners = new ConcurrentHashMap<>();
    private final Map<String, List<BiConsumer<String, Caret>>> caretListeners = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, String>> activityListeners = new CopyOnWriteArrayList<>();

    private SharedTopic(Component owner, String id, UserInfo me) {
        this.owner = owner;
        this.id = id;
        this.me = me;
    }

    /** While {@code owner} is attached, listeners registered on the result are called back under the owner's UI lock. */
    public static SharedTopic join(Component owner, String topicId) {
        SharedTopic topic = new SharedTopic(owner, topicId, CollaborationIdentity.currentUser());
        CollaborationEngine.getInstance().openTopicConnection(owner, topicId, topic.me, connection -> {
            topic.values = connection.getNamedMap("values");
            topic.editing = connection.getNamedMap("editing");
            topic.signals = connection.getNamedMap("signals");
            topic.edits = connection.getNamedMap("edits");
            topic.carets = connection.getNamedMap("carets");
            boolean[] replaying = {true}; // the entries already there are replayed on subscribe: old news, not announced or signalled
            topic.values.subscribe(e -> {
                PlainChange change = e.getValue(PlainChange.class);
                topic.valueListeners.forEach(l -> l.accept(e.getKey(), change == null ? null : change.value()));
                if (change != null && !replaying[0]) {
                    topic.changedBy(e.getKey(), change.by(), change.byName());
                }
            });
            topic.editing.subscribe(e -> topic.editingChanged(e.getKey(), e.getValue(String.class)));
            topic.signals.subscribe(e -> {
                if (!replaying[0]) {
                    topic.signalListeners.forEach(l -> l.accept(e.getKey()));
                }
            });
            topic.edits.subscribe(e -> {
                EditChange change = e.getValue(EditChange.class);
                if (change != null) {
                    topic.editListeners.getOrDefault(e.getKey(), List.of()).forEach(l -> l.accept(change.edit()));
                    if (!replaying[0]) {
                        topic.changedBy(e.getKey(), change.by(), change.byName());
                    }
                }
            });
            replaying[0] = false;
            topic.carets.subscribe(e -> {
                int bar = e.getKey().indexOf('|');
                String doc = e.getKey().substring(0, bar);
                topic.caretListeners.getOrDefault(doc, List.of()).forEach(l -> l.accept(e.getKey().substring(bar + 1), e.getValue(Caret.class)));
            });
            return () -> {
                topic.values = null;
                topic.editing = null;
                topic.signals = null;
                topic.edits = null;
                topic.carets = null;
            };
        });
        return topic;
    }

    public String id() {
        return id;
    }

    public UserInfo me() {
        return me;
    }

    /** Publishes a plain value (not a co-edited text) that has been stored. */
    public void publish(String key, String value) {
        if (values != null) {
            values.put(key, new PlainChange(value, me.getId(), me.getName()));
        }
    }

    private void changedBy(String key, String by, String byName) {
        if (!by.equals(me.getId())) {
            activityListeners.forEach(l -> l.accept(key, byName));
        }
    }

    /**
     * Someone else changed a published value or a co-edited text: {@code (key, their name)}, once per change,
     * so that a screen can announce it ("Erik Dahl endret Samlet konklusjon").
     */
    public void onChangedByOthers(BiConsumer<String, String> listener) {
        activityListeners.add(listener);
    }

    /**
     * Who arrives on and leaves the topic (never the signed-in user): {@code (name, true)} on arrival and
     * {@code (name, false)} on leaving. Does not mark the signed-in user present (an avatar group or
     * {@link #onPresence} does).
     */
    public void onArrivals(BiConsumer<String, Boolean> listener) {
        PresenceManager presence = new PresenceManager(owner, me, id);
        presence.setPresenceHandler(context -> {
            UserInfo user = context.getUser();
            if (user.getId().equals(me.getId())) {
                return () -> { };
            }
            listener.accept(user.getName(), true);
            return () -> listener.accept(user.getName(), false);
        });
    }

    public void onValue(BiConsumer<String, String> listener) {
        valueListeners.add(listener);
    }

    /** Tells the others that something stored has changed (each signal carries a fresh value, so it always fires). */
    public void signal(String name) {
        if (signals != null) {
            signals.put(name, UUID.randomUUID().toString());
        }
    }

    public void onSignal(Consumer<String> listener) {
        signalListeners.add(listener);
    }

    /**
     * Sends a signal to every screen on a topic from outside any screen (a service's after-commit listener).
     * Does nothing where there is no Vaadin (a job, a plain service test): nobody has a screen open there.
     */
    public static void signalEveryone(String topicId, String name) {
        VaadinService service = VaadinService.getCurrent();
        CollaborationEngine engine = service == null ? null : CollaborationEngine.getInstance(service);
        if (engine == null) {
            return;
        }
        AtomicReference<CompletableFuture<Void>> written = new AtomicReference<>();
        TopicConnectionRegistration registration = engine.openTopicConnection(engine.getSystemContext(), topicId, SYSTEM,
                connection -> {
                    written.set(connection.getNamedMap("signals").put(name, UUID.randomUUID().toString()));
                    return null;
                });
        if (written.get() != null) {
            written.get().whenComplete((ok, error) -> registration.remove());
        }
    }

    /** Marks the signed-in user present and reports the ids of everyone present whenever that changes. */
    public void onPresence(Consumer<Set<String>> listener) {
        Set<String> present = new LinkedHashSet<>();
        PresenceManager presence = new PresenceManager(owner, me, id);
        presence.markAsPresent(true);
        presence.setPresenceHandler(context -> {
            String user = context.getUser().getId();
            present.add(user);
            listener.accept(Set.copyOf(present));
            return () -> {
                present.remove(user);
                listener.accept(Set.copyOf(present));
            };
        });
    }

    /** The signed-in user is in {@code field}: the others see "X skriver her …". */
    public void focus(String field) {
        if (editing != null) {
            editing.put(field + "|" + me.getId(), me.getName(), EntryScope.CONNECTION);
        }
    }

    public void blur(String field) {
        if (editing != null) {
            editing.put(field + "|" + me.getId(), null);
        }
    }

    /** Who else is in a field now (names, never the signed-in user), each time that changes. */
    public void onEditing(BiConsumer<String, List<String>> listener) {
        editingListeners.add(listener);
    }

    private void editingChanged(String key, String name) {
        int bar = key.lastIndexOf('|');
        String field = key.substring(0, bar);
        String user = key.substring(bar + 1);
        Map<String, String> names = inField.computeIfAbsent(field, f -> new java.util.TreeMap<>());
        if (name == null || user.equals(me.getId())) {
            names.remove(user);
        } else {
            names.put(user, name);
        }
        List<String> others = List.copyOf(names.values());
        editingListeners.forEach(l -> l.accept(field, others));
    }

    /** Publishes a text edit that has been merged and stored. */
    public void publishEdit(String docKey, EditMessage message) {
        if (edits != null) {
            edits.put(docKey, new EditChange(message, me.getId(), me.getName()));
        }
    }

    public void onEdit(String docKey, Consumer<EditMessage> listener) {
        editListeners.computeIfAbsent(docKey, k -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Where this browser page's caret is in the text (null: it left the text). */
    public void caret(String docKey, String origin, Caret caret) {
        if (carets != null) {
            carets.put(docKey + "|" + origin, caret, EntryScope.CONNECTION);
        }
    }

    /** The others' carets in a text, by the browser page they are in. */
    public void onCaret(String docKey, BiConsumer<String, Caret> listener) {
        caretListeners.computeIfAbsent(docKey, k -> new CopyOnWriteArrayList<>()).add(listener);
    }
}
