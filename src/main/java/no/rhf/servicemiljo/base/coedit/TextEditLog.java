package no.rhf.servicemiljo.base.coedit;

import no.rhf.servicemiljo.base.FieldValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server half of co-editing, shared by every feature with a co-edited text: merges an edit made against
 * an older version over the edits stored since (operational transformation, {@link TextOperation}), logs it
 * in {@code text_edit}, and credits it in the feature's history, one entry per person per pause in typing.
 *
 * <p>Not a guarded service: the features call it inside their own guarded, transactional methods, after
 * locking the row that holds the text, so that edits of one text are merged one at a time, in version order.
 */
@Component
public class TextEditLog {

    /** Keystrokes of one person closer together than this are one history entry. */
    static final Duration PAUSE = Duration.ofSeconds(3);

    private final JdbcClient jdbc;

    TextEditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The merged edit and what it made of the text; the feature stores {@code newText} at {@code version}. */
    public record Merged(String oldText, String newText, long version, StoredEdit stored, TextOperation.Effect effect) {
    }

    /**
     * Merges {@code edit} into {@code current} (locked by the caller, at {@code currentVersion}) and logs it.
     * Empty when this edit was stored before. A text that would grow past {@code maxLength}, or that holds a
     * character PostgreSQL cannot store, is refused for {@code field} and nothing is stored.
     */
    public Optional<Merged> merge(String docKey, String current, long currentVersion, Edit edit, String field, int maxLength,
                                  long authorId, Instant at) {
        if (jdbc.sql("select count(*) from text_edit where doc_key = ? and origin = ? and seq = ?")
                .params(docKey, edit.origin(), edit.seq()).query(Long.class).single() > 0) {
            return Optional.empty();
        }
        List<StoredEdit> since = edit.baseVersion() < 0 || edit.baseVersion() > currentVersion ? List.of() : since(docKey, edit.baseVersion());
        if (since.size() != currentVersion - edit.baseVersion()) {
            throw new FieldValidationException(field, "coedit.error.stale");
        }
        TextOperation operation = edit.operation();
        try {
            for (StoredEdit earlier : since) {
                operation = TextOperation.transform(operation, earlier.operation())[0];
            }
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(field, "coedit.error.stale");
        }
        if (operation.baseLength() != current.length()) {
            throw new FieldValidationException(field, "coedit.error.stale");
        }
        String text = operation.apply(current);
        if (text.length() > maxLength && text.length() > current.length()) {
            throw new FieldValidationException(field, "coedit.error.too-long", maxLength);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new FieldValidationException(field, "coedit.error.character");
        }
        long version = currentVersion + 1;
        jdbc.sql("insert into text_edit (doc_key, version, operation, author_id, origin, seq, edited_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(docKey, version, operation.toJson(), authorId, edit.origin(), edit.seq(), Timestamp.from(at)).update();
        return Optional.of(new Merged(current, text, version, new StoredEdit(version, operation, edit.origin(), edit.seq()),
                operation.effect(current)));
    }

    public List<StoredEdit> since(String docKey, long version) {
        return jdbc.sql("select version, operation, origin, seq from text_edit where doc_key = ? and version > ? order by version")
                .params(docKey, version)
                .query((rs, n) -> new StoredEdit(rs.getLong(1), TextOperation.fromJson(rs.getString(2)), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /**
     * A feature's history table of a co-edited text: its name, the columns that say which text (with the
     * values given to {@link #credit}), and the names of its before and after columns.
     */
    public record History(String table, List<String> keyColumns, String oldColumn, String newColumn) {

        String where() {
            return String.join(" and ", keyColumns.stream().map(c -> c + " = ?").toList());
        }
    }

    /**
     * Credits a merged edit to its author in the history: added to the author's newest entry of this text while
     * they keep typing (no pause longer than {@link #PAUSE}), a new entry otherwise. An entry's inserted and
     * removed text are the author's own characters only, even when others typed in between. A whole value replaced
     * at once (a restore, {@link Edit#replacing}) is always an entry of its own.
     */
    public void credit(History history, List<Object> key, long authorId, Instant at, Merged merged) {
        boolean typing = Edit.typed(merged.stored());
        record Entry(long id, Instant changedAt, String removed, Integer position) {
        }
        List<Object> params = new ArrayList<>(key);
        params.add(authorId);
        Optional<Entry> last = !typing ? Optional.empty() : jdbc.sql("select id, changed_at, removed, edit_position from " + history.table() + " where "
                        + history.where() + " and author_id = ? order by id desc limit 1").params(params)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        (Integer) rs.getObject(4))).optional();
        TextOperation.Effect effect = merged.effect();
        if (typing && last.isPresent() && last.get().changedAt().isAfter(at.minus(PAUSE)) && last.get().position() != null) {
            Entry entry = last.get();
            String removed = entry.removed() == null ? "" : entry.removed();
            // Backspace removes leftwards: a removal ending where the last one began goes in front.
            removed = effect.position() + effect.removed().length() == entry.position() ? effect.removed() + removed : removed + effect.removed();
            jdbc.sql("update " + history.table() + " set " + history.newColumn() + " = ?, version = ?, inserted = coalesce(inserted, '') || ?,"
                            + " removed = ?, edit_position = ?, changed_at = ? where id = ?")
                    .params(merged.newText(), merged.version(), effect.inserted(), removed, effect.position(), Timestamp.from(at), entry.id())
                    .update();
            return;
        }
        List<Object> values = new ArrayList<>(key);
        values.addAll(java.util.Arrays.asList(merged.version(), merged.oldText().isEmpty() ? null : merged.oldText(), merged.newText(), authorId, Timestamp.from(at),
                effect.inserted(), effect.removed(), typing ? effect.position() : null));
        jdbc.sql("insert into " + history.table() + " (" + String.join(", ", history.keyColumns()) + ", version, " + history.oldColumn()
                        + ", " + history.newColumn() + ", author_id, changed_at, inserted, removed, edit_position) values ("
                        + "?, ".repeat(history.keyColumns().size()) + "?, ?, ?, ?, ?, ?, ?, ?)").params(values).update();
    }
}
