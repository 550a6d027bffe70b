package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.registry.CompetenceFunction;
import no.rhf.servicemiljo.registry.UnitKind;

import java.util.Map;

/** An application for a new national service, as read (the PDF itself is fetched separately). */
public record Application(long id, long roundId, short applyingRegionId, String applyingRegionName,
                          int hostTrustId, String hostTrustName, Integer secondHostTrustId, String secondHostTrustName,
                          UnitKind kind, CompetenceFunction competenceFunction, String title, String patientGroup,
                          String description, boolean newMethod, String beslutningsforumRef, String contact,
                          ApplicationStatus status, Integer regionalRank, String attachmentName,
                          Map<Long, String> answers, Map<Short, Integer> volumes) {

    /** Host trust(s) for display, e.g. "Oslo universitetssykehus + Helse Bergen". */
    public String hosts() {
        return secondHostTrustName == null ? hostTrustName : hostTrustName + " + " + secondHostTrustName;
    }
}
