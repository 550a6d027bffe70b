/**
 * The rotating leadership of the service environment: periods, handover and regional funding.
 */
@ApplicationModule(displayName = "Leadership")
package no.rhf.servicemiljo.leadership;

import org.springframework.modulith.ApplicationModule;
