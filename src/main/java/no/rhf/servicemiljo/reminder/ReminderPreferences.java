package no.rhf.servicemiljo.reminder;

import java.util.Set;

/** A user's choices: how reminders arrive and which (non-mandatory) kinds they do not want. */
public record ReminderPreferences(ReminderDelivery delivery, Set<String> optedOutKinds) {

    public ReminderPreferences {
        optedOutKinds = Set.copyOf(optedOutKinds);
    }
}
