/**
 * The four regional health authorities and their health trusts.
 */
@ApplicationModule(displayName = "Organisation")
package no.rhf.servicemiljo.organisation;

import org.springframework.modulith.ApplicationModule;
