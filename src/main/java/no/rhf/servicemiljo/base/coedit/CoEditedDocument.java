package no.rhf.servicemiljo.base.coedit;

import java.util.List;
import java.util.Optional;

/**
 * One co-edited text as its feature stores and guards it (an assessment's conclusion, the national summary's
 * text, ...): the feature checks who may read and edit, keeps the text in its own table and merges edits
 * through {@link TextEditLog}. {@link CoEditedField} is the screen side.
 */
public interface CoEditedDocument {

    /** The text's name in the edit log and in the topic, e.g. {@code assessment:12:conclusion}. */
    String key();

    /** The text and its version as stored now. */
    Snapshot open();

    /** Merges and stores the edit, credited to the signed-in user; empty when that edit was stored before. */
    Optional<StoredEdit> edit(Edit edit);

    /** The stored edits after {@code version}, in order, for a screen that has missed some. */
    List<StoredEdit> since(long version);

    record Snapshot(String text, long version) {
    }
}
