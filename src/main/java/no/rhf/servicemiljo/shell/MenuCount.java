package no.rhf.servicemiljo.shell;

import java.util.Optional;

/**
 * A count shown beside a side-navigation entry (for example how many tasks wait in <em>Mine oppgaver</em>). A feature
 * declares a bean; {@link #path()} is the entry's route ({@code ""} for the home page).
 */
public interface MenuCount {

    String path();

    /** The count for the signed-in user, with whether any of it is overdue; empty when there is nothing to show. */
    Optional<Count> count();

    record Count(int value, boolean urgent, String ariaLabel) {
    }
}
