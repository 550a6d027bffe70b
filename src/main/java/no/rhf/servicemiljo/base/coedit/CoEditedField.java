package no.rhf.servicemiljo.base.coedit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.base.collaboration.SharedTopic.Caret;
import no.rhf.servicemiljo.base.collaboration.SharedTopic.EditMessage;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The screen side of one co-edited text: binds a {@link TextArea} to a {@link CoEditedDocument}. The browser
 * sends small edits as they are typed ({@code coedit.js}, sent once per page), this class has the document
 * merge and store each one, publishes it on the {@link SharedTopic} and sends every screen the stored edits
 * in version order (reading the missed ones from the log when one arrives out of order), so every screen
 * converges to the stored text and nobody's typing is overwritten.
 *
 * <p>The text area's own value synchronisation is off: the browser's text is the user's, and only merged
 * edits touch it. A value set through the server-side field API (as Karibu tests do) is merged like an edit.
 */
public final class CoEditedField {

    private static final String SCRIPT = script();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final TextArea area;
    private final CoEditedDocument document;
    private final SharedTopic topic;
    /** What the others are told this user is in ("X skriver her …") while the field has focus. */
    private final String presence;
    /** This browser page, as the origin of its edits. */
    private final String origin = UUID.randomUUID().toString();
    private long delivered;
    /** The text at {@code delivered}: what this screen has been sent. */
    private String text;
    private boolean initialised;

    private CoEditedField(TextArea area, CoEditedDocument document, SharedTopic topic, String presence, boolean editable) {
        this.area = area;
        this.presence = presence;
        this.document = document;
        this.topic = topic;
        CoEditedDocument.Snapshot snapshot = document.open();
        text = snapshot.text();
        delivered = snapshot.version();
        area.setValue(text);
        area.setReadOnly(!editable);
        area.setValueChangeMode(null);
        ComponentUtil.setData(area, CoEditedField.class, this);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit(Edit.replacing(delivered, text, e.getValue() == null ? "" : e.getValue()));
            }
        });
        // Everything the browser tells about this field comes as one event: one listener on the server per field.
        area.getElement().addEventListener("sm-coedit", e -> told(e.getEventData().path("event.detail"))).addEventData("event.detail");
        topic.onEdit(document.key(), message -> deliver(new StoredEdit(message.version(),
                TextOperation.fromJson(message.operation()), message.origin(), message.seq())));
        topic.onCaret(document.key(), (page, caret) -> {
            if (!page.equals(origin)) {
                area.getElement().executeJs("window.smCoedit.caret(this, $0, $1 ? JSON.parse($1) : null)", page,
                        caret == null ? null : JSON.writeValueAsString(caret));
            }
        });
        area.addAttachListener(e -> attached(e.getUI(), editable));
    }

    /**
     * Makes {@code area} show and edit {@code document} live with everyone on {@code topic}; while it has focus and
     * may be edited, the others see that this user is in {@code presence} ({@link SharedTopic#focus}).
     */
    public static CoEditedField bind(TextArea area, CoEditedDocument document, SharedTopic topic, String presence, boolean editable) {
        return new CoEditedField(area, document, topic, presence, editable);
    }

    /** The co-edited field of a text area, if it has one. */
    public static Optional<CoEditedField> of(TextArea area) {
        return Optional.ofNullable(ComponentUtil.getData(area, CoEditedField.class));
    }

    /** The text as this screen has been sent it (what the browser shows once it has nothing unsent). */
    public String text() {
        return text;
    }

    /** Replaces the text with {@code value} (a restore from the history), merged with anything typed meanwhile. */
    public void replaceWith(String value) {
        submit(Edit.replacing(delivered, text, value));
    }

    private void attached(UI ui, boolean editable) {
        if (ComponentUtil.getData(ui, CoEditedField.class.getName()) == null) {
            ComponentUtil.setData(ui, CoEditedField.class.getName(), Boolean.TRUE);
            ui.getPage().executeJs(SCRIPT + "\nwindow.smCoedit.texts(JSON.parse($0));", JSON.writeValueAsString(Map.of(
                    "offline", ui.getTranslation("coedit.offline"),
                    "unsaved", ui.getTranslation("coedit.unsaved"),
                    "recovered", ui.getTranslation("coedit.recovered"))));
        }
        if (!initialised) {
            initialised = true;
            area.getElement().executeJs("window.smCoedit.init(this, JSON.parse($0))", JSON.writeValueAsString(Map.of(
                    "key", document.key(), "user", topic.me().getId(), "origin", origin, "version", delivered,
                    "text", text, "editable", editable)));
        } else {
            send(document.since(delivered)); // back on screen: whatever was stored meanwhile
        }
    }

    /** One thing the browser tells: an edit, a catch-up after a reopen, the caret, focus or blur; anything else is ignored. */
    private void told(JsonNode detail) {
        switch (detail.path("kind").asString("")) {
            case "edit" -> edited(detail);
            case "catchup" -> catchUp(detail.path("from").asLong(0));
            case "caret" -> caret(detail.path("start").asInt(0), detail.path("end").asInt(0));
            case "focus" -> {
                if (!area.isReadOnly()) {
                    topic.focus(presence);
                }
            }
            case "blur" -> {
                topic.blur(presence);
                topic.caret(document.key(), origin, null);
            }
            default -> { }
        }
    }

    private void edited(JsonNode detail) {
        TextOperation operation;
        try {
            operation = TextOperation.fromJson(detail.path("op").asString(""));
        } catch (IllegalArgumentException e) {
            rejected(true, "coedit.error.stale");
            return;
        }
        submit(new Edit(detail.path("version").asLong(-1), operation, detail.path("origin").asString(""), detail.path("seq").asLong(0)));
    }

    private void submit(Edit edit) {
        try {
            Optional<StoredEdit> stored = document.edit(edit);
            if (area.isInvalid()) {
                area.setInvalid(false);
            }
            // The others move this page's caret from the edit itself: no caret message per keystroke.
            stored.ifPresent(s -> {
                topic.publishEdit(document.key(), new EditMessage(s.version(), s.operation().toJson(), s.origin(), s.seq()));
                deliver(s);
            });
        } catch (FieldValidationException e) {
            rejected("coedit.error.stale".equals(e.getMessageKey()), e.getMessageKey(), e.getArguments());
        } catch (AccessDeniedException e) {
            rejected(false, "error.action-denied");
        }
    }

    /** Sends this screen a stored edit, and first those before it that it has not had (from the log), in order. */
    private void deliver(StoredEdit edit) {
        if (edit.version() == delivered + 1) {
            send(List.of(edit));
        } else if (edit.version() > delivered) {
            send(document.since(delivered));
        }
    }

    /** A page that reopened with unsent text asks for what was stored after the version it had. */
    private void catchUp(long from) {
        send(document.since(Math.max(0, from)));
    }

    private void send(List<StoredEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        ArrayNode batch = JSON.createArrayNode();
        for (StoredEdit edit : edits) {
            if (edit.version() == delivered + 1) {
                text = edit.operation().apply(text);
                delivered = edit.version();
            }
            batch.addObject().put("version", edit.version()).put("op", edit.operation().toJson())
                    .put("origin", edit.origin()).put("seq", edit.seq());
        }
        area.getElement().executeJs("window.smCoedit.receive(this, JSON.parse($0))", JSON.writeValueAsString(batch));
    }

    /**
     * Tells the browser its edit was refused and why, at the field. The browser keeps what was typed (unsent)
     * unless {@code reset}: then this screen starts again from what is stored.
     */
    private void rejected(boolean reset, String messageKey, Object... arguments) {
        if (reset) {
            CoEditedDocument.Snapshot snapshot = document.open();
            text = snapshot.text();
            delivered = snapshot.version();
        }
        String message = area.getTranslation(messageKey, arguments);
        area.setErrorMessage(message);
        area.setInvalid(true);
        area.getElement().executeJs("window.smCoedit.rejected(this, $0, $1, $2, $3)", message, reset, text, delivered);
    }

    private void caret(int start, int end) {
        var me = topic.me();
        topic.caret(document.key(), origin, new Caret(me.getId(), me.getName(), me.getColorIndex(), start, end));
    }

    private static String script() {
        try (InputStream in = CoEditedField.class.getResourceAsStream("coedit.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("coedit.js is missing", e));
        }
    }
}
