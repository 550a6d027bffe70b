/**
 * The shared kernel: what every feature uses (audit, co-editing, collaboration, demo data,
 * messages, UI building blocks). It imports no feature; features contribute to it through the
 * interfaces it defines.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package no.rhf.servicemiljo.base;

import org.springframework.modulith.ApplicationModule;
