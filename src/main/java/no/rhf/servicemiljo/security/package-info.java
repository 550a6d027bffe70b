/**
 * Sign-in, roles and who may do what. Features contribute paths that need no login as {@link no.rhf.servicemiljo.security.PublicPaths} beans.
 */
@ApplicationModule(displayName = "Security")
package no.rhf.servicemiljo.security;

import org.springframework.modulith.ApplicationModule;
