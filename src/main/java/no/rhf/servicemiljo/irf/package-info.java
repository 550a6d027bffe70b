/**
 * Applications for new national services and the interregional meeting's ranking of them.
 */
@ApplicationModule(displayName = "IRF ranking")
package no.rhf.servicemiljo.irf;

import org.springframework.modulith.ApplicationModule;
