package no.rhf.servicemiljo.registry;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Outcomes of a reorganisation applied to the registry: a unit continued by a new network or centre,
 * closed, given a new term, or a network given a new funding period. Each is a normal, audited change of
 * the units (their history shows it), allowed to ADMIN and the coordinators of the unit's host region.
 */
@Service
@Transactional(readOnly = true)
public class UnitOutcomes {

    private final NationalUnitRepository units;
    private final ApplicationEventPublisher events;

    UnitOutcomes(NationalUnitRepository units, ApplicationEventPublisher events) {
        this.units = units;
        this.events = events;
    }

    /**
     * Creates the successor at the unit's host trust (a network is coordinated from the trust that had the
     * competence service) and ends the unit as continued by it. A unit that already has a successor keeps
     * it: calling this again returns the same successor and creates nothing.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public NationalUnit continueAs(long unitId, SuccessorDraft successor) {
        NationalUnit unit = editable(unitId);
        if (unit.getSuccessor() != null) {
            return unit.getSuccessor();
        }
        if (successor.kind() != UnitKind.QUALITY_COMPETENCE_NETWORK && successor.kind() != UnitKind.NATIONAL_CENTRE) {
            throw new FieldValidationException("successorKind", "unit.error.successor-kind");
        }
        UnitDraft draft = new UnitDraft();
        draft.setKind(successor.kind());
        draft.setNameNb(successor.nameNb());
        draft.setHostTrust(unit.getHostTrust());
        draft.setApprovalDate(successor.approvalDate());
        draft.setDescription(unit.getDescription() == null ? "" : unit.getDescription());
        draft.setContact(unit.getContact());
        draft.setIcd10Codes(unit.getIcd10Codes());
        if (successor.kind().isNetwork()) {
            draft.setFundingFrameMnok(successor.fundingFrameMnok());
            if (successor.fundingStartYear() == null || successor.fundingStartYear() < 2000 || successor.fundingStartYear() > 2100) {
                throw new FieldValidationException("fundingStart", "unit.error.funding-start");
            }
            draft.setFundingStart(LocalDate.of(successor.fundingStartYear(), 1, 1));
        }
        UnitRules.completeDerivedValues(draft);
        UnitRules.validate(draft);
        if (units.existsByNameNbIgnoreCase(draft.getNameNb())) {
            throw new FieldValidationException("nameNb", "unit.error.name-taken");
        }
        NationalUnit created = new NationalUnit(draft.getKind());
        created.apply(draft, null, draft.getContact());
        created = units.save(created);
        unit.end(UnitStatus.CONTINUED, created);
        units.flush();
        events.publishEvent(new UnitChanged(unitId));
        events.publishEvent(new UnitChanged(created.getId()));
        return created;
    }

    /** Ends the unit (avvikling, or tasks taken over by ordinary operations or a treatment service). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void close(long unitId) {
        NationalUnit unit = editable(unitId);
        if (unit.getStatus() != UnitStatus.CLOSED && unit.getStatus() != UnitStatus.CONTINUED) {
            unit.end(UnitStatus.CLOSED, null);
            events.publishEvent(new UnitChanged(unitId));
        }
    }

    /** While a reorganisation case has decided an option the unit shows it ("under omorganisering"). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void markUnderReorganisation(long unitId, ReorganisationOption option) {
        NationalUnit unit = editable(unitId);
        if (unit.getStatus().inOperation()) {
            unit.markUnderReorganisation(option);
            events.publishEvent(new UnitChanged(unitId));
        }
    }

    /** Further competence building: the unit continues with a new term end (with its reason). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void extendTerm(long unitId, LocalDate newTermEnd, String reason) {
        NationalUnit unit = editable(unitId);
        if (newTermEnd == null || (unit.getTermEnd() != null && !newTermEnd.isAfter(unit.getTermEnd()))) {
            throw new FieldValidationException("termEnd", "unit.error.term-extension");
        }
        if (reason != null && reason.strip().length() > UnitRules.MAX_SHORT_TEXT) {
            throw new FieldValidationException("termEndReason", "text.error.too-long", UnitRules.MAX_SHORT_TEXT);
        }
        unit.extendTerm(newTermEnd, reason);
        events.publishEvent(new UnitChanged(unitId));
    }

    /** A network continued for a new period after its year-six evaluation. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void renewNetworkPeriod(long networkId) {
        NationalUnit unit = editable(networkId);
        if (!unit.getKind().isNetwork() || unit.getFundingStart() == null) {
            throw new FieldValidationException("unit", "unit.error.not-a-network");
        }
        unit.renewFundingPeriod();
        events.publishEvent(new UnitChanged(networkId));
    }

    private NationalUnit editable(long unitId) {
        NationalUnit unit = units.findDetailed(unitId).orElseThrow();
        UnitAccess.requireEditable(unit);
        return unit;
    }
}
