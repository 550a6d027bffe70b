/**
 * Follow-up of the units' memberships and affiliations in European Reference Networks (ERN), with the
 * national overview the service environment coordinates interregionally.
 */
@ApplicationModule(displayName = "ERN")
package no.rhf.servicemiljo.ern;

import org.springframework.modulith.ApplicationModule;
