/**
 * User accounts: creation, roles, regions, language, deactivation.
 */
@ApplicationModule(displayName = "Users")
package no.rhf.servicemiljo.user;

import org.springframework.modulith.ApplicationModule;
