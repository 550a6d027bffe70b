/**
 * National services, networks and centres, their reference groups and history (Tjenester, nettverk og sentre).
 */
@ApplicationModule(displayName = "Registry")
package no.rhf.servicemiljo.registry;

import org.springframework.modulith.ApplicationModule;
