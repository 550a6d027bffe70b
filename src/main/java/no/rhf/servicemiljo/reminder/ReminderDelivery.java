package no.rhf.servicemiljo.reminder;

/** How a user gets their reminders: each one when it falls due, or all of a week in one digest on Monday morning. */
public enum ReminderDelivery {
    EACH, WEEKLY
}
