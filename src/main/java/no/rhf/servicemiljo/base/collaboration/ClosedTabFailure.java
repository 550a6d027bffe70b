package no.rhf.servicemiljo.base.collaboration;

/**
 * Collaboration Engine 7's own failures when a change reaches a tab that is closing: its UI has lost its session
 * ({@code ComponentConnectionContext} calls {@code access} on null) or its presence entry ({@code PresenceManager}
 * reads a removed user). Nothing is left to update there; they are logged in one line, not as errors.
 */
public final class ClosedTabFailure {

    private ClosedTabFailure() {
    }

    /**
     * A NullPointerException thrown inside Collaboration Engine itself, or one without a stack trace: once the race has
     * happened often, the JIT throws a preallocated NullPointerException there, with neither message nor frames (asked
     * only for Collaboration Engine's own tasks and for failures outside any UI, where such an exception says no more).
     */
    public static boolean is(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return failure instanceof NullPointerException
                && (frames.length == 0 || frames[0].getClassName().startsWith("com.vaadin.collaborationengine."));
    }
}
