package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UnitRulesTest extends ServiceTest {

    @Autowired
    OrganisationService organisation;

    private HealthTrust trust(String name) {
        return organisation.healthTrusts().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private UnitDraft draft(UnitKind kind) {
        UnitDraft d = new UnitDraft();
        d.setKind(kind);
        d.setNameNb("Nasjonal tjeneste for testing");
        d.setHostTrust(trust("Oslo universitetssykehus"));
        d.setApprovalDate(LocalDate.of(2020, 1, 1));
        return d;
    }

    private String brokenField(UnitDraft d) {
        UnitRules.completeDerivedValues(d);
        return assertThrows(FieldValidationException.class, () -> UnitRules.validate(d)).getField();
    }

    @Test
    void multiRegionalServiceNeedsTwoHostsInTwoRegions() {
        UnitDraft d = draft(UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE);
        assertEquals("secondHostTrust", brokenField(d));
        d.setSecondHostTrust(trust("Akershus universitetssykehus"));
        var e = assertThrows(FieldValidationException.class, () -> UnitRules.validate(d));
        assertEquals("unit.error.second-host-same-region", e.getMessageKey());
        d.setSecondHostTrust(trust("Helse Bergen"));
        assertDoesNotThrow(() -> UnitRules.validate(d));
    }

    @Test
    void competenceServiceTermIsDerivedFromFunctionAndChangesNeedAReason() {
        UnitDraft d = draft(UnitKind.NATIONAL_COMPETENCE_SERVICE);
        assertEquals("competenceFunction", brokenField(d));
        d.setCompetenceFunction(CompetenceFunction.TRAINING);
        d.setTermEnd(null);
        UnitRules.completeDerivedValues(d);
        assertEquals(LocalDate.of(2025, 1, 1), d.getTermEnd());
        d.setCompetenceFunction(CompetenceFunction.COMPETENCE_BUILDING);
        d.setTermEnd(null);
        UnitRules.completeDerivedValues(d);
        assertEquals(LocalDate.of(2030, 1, 1), d.getTermEnd());
        d.setTermEnd(LocalDate.of(2031, 6, 30));
        assertEquals("termEndReason", brokenField(d));
        d.setTermEndReason("Forlenget etter vedtak");
        assertDoesNotThrow(() -> UnitRules.validate(d));
    }

    @Test
    void datesMustBeInOrder() {
        UnitDraft d = draft(UnitKind.NATIONAL_TREATMENT_SERVICE);
        d.setTermEnd(LocalDate.of(2019, 1, 1));
        assertEquals("termEnd", brokenField(d));
        UnitDraft network = draft(UnitKind.QUALITY_COMPETENCE_NETWORK);
        network.setFundingFrameMnok((short) 1);
        network.setFundingStart(LocalDate.of(2023, 1, 1));
        network.setFundingEnd(LocalDate.of(2022, 1, 1));
        assertEquals("fundingEnd", brokenField(network));
    }

    @Test
    void networkNeedsAFundingFrameOfOneOrTwoMillionAndGetsItsYearSixEvaluation() {
        UnitDraft d = draft(UnitKind.QUALITY_COMPETENCE_NETWORK);
        d.setFundingStart(LocalDate.of(2023, 1, 1));
        d.setFundingFrameMnok((short) 3);
        assertEquals("fundingFrameMnok", brokenField(d));
        d.setFundingFrameMnok((short) 2);
        UnitRules.completeDerivedValues(d);
        assertDoesNotThrow(() -> UnitRules.validate(d));
        assertEquals(LocalDate.of(2028, 1, 1), d.getYearSixEvaluation());
        assertEquals(LocalDate.of(2027, 12, 31), d.getFundingEnd());
    }

    @Test
    void websiteAndIcd10CodesAreChecked() {
        UnitDraft d = draft(UnitKind.NATIONAL_TREATMENT_SERVICE);
        d.setWebsite("ikke en adresse");
        assertEquals("website", brokenField(d));
        d.setWebsite("https://www.oslo-universitetssykehus.no");
        d.setIcd10Codes("T20, T31.2, XYZ");
        var e = assertThrows(FieldValidationException.class, () -> UnitRules.validate(d));
        assertEquals("icd10Codes", e.getField());
        assertEquals("XYZ", e.getArguments()[0]);
        d.setIcd10Codes("T20, T31.2");
        assertDoesNotThrow(() -> UnitRules.validate(d));
    }

    @Test
    void continuedUnitNeedsANetworkOrCentreAsSuccessor() {
        UnitDraft d = draft(UnitKind.NATIONAL_TREATMENT_SERVICE);
        d.setStatus(UnitStatus.CONTINUED);
        assertEquals("successor", brokenField(d));
        d.setStatus(UnitStatus.UNDER_REORGANISATION);
        assertEquals("reorganisationOption", brokenField(d));
    }
}
