/**
 * Mine oppgaver: what waits for the signed-in user now.
 */
@ApplicationModule(displayName = "Inbox")
package no.rhf.servicemiljo.inbox;

import org.springframework.modulith.ApplicationModule;
