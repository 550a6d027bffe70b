package no.rhf.servicemiljo.base.coedit;

import java.util.UUID;

/**
 * An edit as a browser sent it: made against the text at {@code baseVersion}, named by the browser page that
 * made it ({@code origin}) and its number there ({@code seq}), so that sending it again stores it once.
 */
public record Edit(long baseVersion, TextOperation operation, String origin, long seq) {

    private static final String REPLACING = "replace-";

    /** A whole new value for a text that was {@code before} at {@code baseVersion} (a restore, a value set at once). */
    public static Edit replacing(long baseVersion, String before, String after) {
        return new Edit(baseVersion, TextOperation.diff(before, after), REPLACING + UUID.randomUUID(), 0);
    }

    /** Typed key by key, as opposed to a whole value replaced at once (which is a history entry of its own). */
    public boolean typed() {
        return !origin.startsWith(REPLACING);
    }

    static boolean typed(StoredEdit edit) {
        return !edit.origin().startsWith(REPLACING);
    }
}
