/**
 * Deadlines, e-mail reminders, the annual wheel (årshjul) and calendar feeds. Features contribute their deadlines as {@link no.rhf.servicemiljo.reminder.DeadlineSource} beans.
 */
@ApplicationModule(displayName = "Reminders and calendar")
package no.rhf.servicemiljo.reminder;

import org.springframework.modulith.ApplicationModule;
