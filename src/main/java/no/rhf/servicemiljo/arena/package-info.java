/**
 * Dialogue arenas and events (dialogarenaer og arrangementer): organisers publish events for an audience, users and
 * invited contacts register (with a waiting list), get a confirmation with an .ics, and a reminder through the
 * reminder rules; the organiser sees and exports the participant list.
 */
@ApplicationModule(displayName = "Dialogue arenas and events")
package no.rhf.servicemiljo.arena;

import org.springframework.modulith.ApplicationModule;
