package no.rhf.servicemiljo.base.coedit;

/**
 * An edit as a browser sent it: made against the text at {@code baseVersion}, named by the browser page that
 * made it ({@code origin}) and its number there ({@code seq}), so that sending it again stores it once.
 */
public record Edit(long baseVersion, TextOperation operation, String origin, long seq) {
}
