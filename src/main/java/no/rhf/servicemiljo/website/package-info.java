/**
 * The requirements for each service's website (Krav til innhold på nettsider): the checklist per year, one assessment
 * per unit and year by the host region's coordinator, and the national overview.
 */
@ApplicationModule(displayName = "Website requirements")
package no.rhf.servicemiljo.website;

import org.springframework.modulith.ApplicationModule;
