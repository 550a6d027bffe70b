package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import no.rhf.servicemiljo.base.collaboration.CollaborationIdentity;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The seam between assessments and Collaboration Engine, the only class of the feature that uses it
 * (Collaboration Engine is deprecated in Vaadin 25.3; moving to shared signals replaces this class only).
 *
 * <p>The topic is a messenger, not the store: every value is saved in PostgreSQL by the author's own
 * request before it is published here, and a screen opens with the stored values. A restart therefore
 * loses nothing, whatever the topic held. Who is in which field is connection-scoped, so it disappears
 * with the connection.
 */
final class AssessmentTopic {

    /** What else changed, for the others to reload it: the workflow status, follow-up items, the report's receipt. */
    enum Signal { STATUS, FOLLOW_UPS, RECEIPT }

    private CollaborationMap values;
    private CollaborationMap editing;
    private CollaborationMap signals;
    private final UserInfo me;

    private AssessmentTopic(UserInfo me) {
        this.me = me;
    }

    static String topicId(long reportId) {
        return "assessment-" + reportId;
    }

    static long reportIdOf(String topicId) {
        return Long.parseLong(topicId.substring("assessment-".length()));
    }

    /** While {@code owner} is attached, calls back (under the owner's UI lock) when a value, an editor or anything else changes. */
    static AssessmentTopic join(Component owner, long reportId, BiConsumer<String, String> onValue,
                                BiConsumer<String, String> onEditing, Consumer<Signal> onSignal) {
        AssessmentTopic topic = new AssessmentTopic(CollaborationIdentity.currentUser());
        CollaborationEngine.getInstance().openTopicConnection(owner, topicId(reportId), topic.me, connection -> {
            topic.values = connection.getNamedMap("values");
            topic.editing = connection.getNamedMap("editing");
            topic.values.subscribe(event -> onValue.accept(event.getKey(), event.getValue(String.class)));
            topic.editing.subscribe(event -> onEditing.accept(event.getKey(), event.getValue(String.class)));
            topic.signals = connection.getNamedMap("signals");
            boolean[] subscribing = {true}; // the entries already there are replayed on subscribe: old news
            topic.signals.subscribe(event -> {
                if (!subscribing[0]) {
                    onSignal.accept(Signal.valueOf(event.getKey()));
                }
            });
            subscribing[0] = false;
            return () -> {
                topic.values = null;
                topic.editing = null;
                topic.signals = null;
            };
        });
        return topic;
    }

    UserInfo me() {
        return me;
    }

    /** Publishes a value that has been stored. */
    void published(String fieldKey, String value) {
        if (values != null) {
            values.put(fieldKey, value);
        }
    }

    /** Tells the others that something stored has changed (each signal carries a fresh value, so it always fires). */
    void signal(Signal signal) {
        if (signals != null) {
            signals.put(signal.name(), java.util.UUID.randomUUID().toString());
        }
    }

    void focus(String fieldKey) {
        if (editing != null) {
            editing.put(fieldKey, me.getName(), EntryScope.CONNECTION);
        }
    }

    void blur(String fieldKey) {
        if (editing != null) {
            editing.replace(fieldKey, me.getName(), null);
        }
    }
}
