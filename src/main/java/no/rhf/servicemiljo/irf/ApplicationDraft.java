package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.UnitKind;

import java.util.Map;

/** What a coordinator fills in. The applying RHF is the region of the (first) host trust. */
public record ApplicationDraft(Integer hostTrustId, Integer secondHostTrustId, UnitKind kind,
                               CompetenceFunction competenceFunction, String title, String patientGroup,
                               String description, boolean newMethod, String beslutningsforumRef, String contact,
                               Map<Long, String> answers, Map<Short, Integer> volumes) {
}
