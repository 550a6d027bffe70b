package no.rhf.servicemiljo.assessment.summary.ui;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import no.rhf.servicemiljo.base.collaboration.CollaborationIdentity;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The seam between the national summary and Collaboration Engine, the only class of the feature that uses
 * it (Collaboration Engine is deprecated in Vaadin 25.3; moving to shared signals replaces this class only).
 *
 * <p>The topic is a messenger, not the store: the text is saved in PostgreSQL by its author's own request
 * before it is published here (with the stored version), and a screen opens with the stored text. Who is
 * typing is connection-scoped, so it disappears with the connection.
 */
final class SummaryTopic {

    private static final String TEXT = "text";

    /** A stored text as published to the others: its version lets them tell whose change they build on. */
    public record Published(long version, String text, String author) {
    }

    private CollaborationMap values;
    private CollaborationMap editing;
    private final UserInfo me;

    private SummaryTopic(UserInfo me) {
        this.me = me;
    }

    static String topicId(long cycleId) {
        return "national-summary-" + cycleId;
    }

    /**
     * While {@code owner} is attached, calls back (under the owner's UI lock) when someone publishes a stored
     * text, and when someone starts or stops typing (their user id, and their name or null when they stop).
     */
    static SummaryTopic join(Component owner, long cycleId, Consumer<Published> onText, BiConsumer<String, String> onEditing) {
        SummaryTopic topic = new SummaryTopic(CollaborationIdentity.currentUser());
        CollaborationEngine.getInstance().openTopicConnection(owner, topicId(cycleId), topic.me, connection -> {
            topic.values = connection.getNamedMap("values");
            topic.editing = connection.getNamedMap("editing");
            topic.values.subscribe(event -> {
                Published published = event.getValue(Published.class);
                if (published != null) {
                    onText.accept(published);
                }
            });
            topic.editing.subscribe(event -> onEditing.accept(event.getKey(), event.getValue(String.class)));
            return () -> {
                topic.values = null;
                topic.editing = null;
            };
        });
        return topic;
    }

    UserInfo me() {
        return me;
    }

    /** Publishes a text that has been stored. */
    void published(long version, String text) {
        if (values != null) {
            values.put(TEXT, new Published(version, text, me.getName()));
        }
    }

    void focus() {
        if (editing != null) {
            editing.put(me.getId(), me.getName(), EntryScope.CONNECTION);
        }
    }

    void blur() {
        if (editing != null) {
            editing.put(me.getId(), null);
        }
    }
}
