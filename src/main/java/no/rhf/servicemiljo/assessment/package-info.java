/**
 * Annual reports, their assessments by reference groups and regional nodes, follow-up, and the national summary.
 */
@ApplicationModule(displayName = "Assessments")
package no.rhf.servicemiljo.assessment;

import org.springframework.modulith.ApplicationModule;
