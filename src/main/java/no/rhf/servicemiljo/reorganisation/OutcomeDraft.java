package no.rhf.servicemiljo.reorganisation;

import no.rhf.servicemiljo.registry.UnitKind;

import java.time.LocalDate;

/**
 * What applying a decision needs beyond the decision itself: the successor (kind, name, funding frame and
 * start year) for continuation in another organisational form, the new term end for further competence
 * building. The other options need nothing more.
 */
public record OutcomeDraft(UnitKind successorKind, String successorName, Short fundingFrameMnok, Integer fundingStartYear,
                           LocalDate newTermEnd) {

    public static final OutcomeDraft NONE = new OutcomeDraft(null, null, null, null, null);
}
