/**
 * Reorganisation cases: a national competence service whose term ends (five options) or a network's
 * year-six evaluation, with the involvement of users and employee representatives, the IRF case, its
 * decision and the outcome applied to the registry.
 */
@ApplicationModule(displayName = "Reorganisation")
package no.rhf.servicemiljo.reorganisation;

import org.springframework.modulith.ApplicationModule;
