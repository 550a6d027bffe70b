package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.base.FieldValidationException;

import java.net.URI;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The rules a unit must satisfy, and the values derived from them. Pure functions, so that the
 * form, the CSV import and the service all apply exactly the same rules.
 */
public final class UnitRules {

    public static final int MAX_NAME = 250;
    public static final int MAX_DESCRIPTION = 10_000;
    /** Column limit of term_end_reason, website and icd10_codes. */
    public static final int MAX_SHORT_TEXT = 500;
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    private UnitRules() {
    }

    /** A competence service's term ends 5 or 10 years after approval, depending on its function. */
    public static LocalDate derivedTermEnd(UnitKind kind, CompetenceFunction function, LocalDate approvalDate) {
        if (!kind.isCompetenceService() || function == null || approvalDate == null) {
            return null;
        }
        return approvalDate.plusYears(function.termYears());
    }

    /** A network has five years of earmarked funding and a joint evaluation in year six. */
    public static LocalDate derivedYearSixEvaluation(LocalDate fundingStart) {
        return fundingStart == null ? null : fundingStart.plusYears(5);
    }

    /** Fills derived values the user left empty. */
    public static void completeDerivedValues(UnitDraft draft) {
        if (draft.getTermEnd() == null) {
            draft.setTermEnd(derivedTermEnd(draft.getKind(), draft.getCompetenceFunction(), draft.getApprovalDate()));
        }
        if (draft.getKind().isNetwork()) {
            if (draft.getFundingEnd() == null && draft.getFundingStart() != null) {
                draft.setFundingEnd(draft.getFundingStart().plusYears(5).minusDays(1));
            }
            if (draft.getYearSixEvaluation() == null) {
                draft.setYearSixEvaluation(derivedYearSixEvaluation(draft.getFundingStart()));
            }
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    /** Throws {@link FieldValidationException} for the first broken rule. */
    public static void validate(UnitDraft d) {
        require(d.getKind() != null, "kind", "unit.error.kind");
        require(!d.getNameNb().isBlank(), "nameNb", "unit.error.name-required");
        require(d.getNameNb().length() <= MAX_NAME && d.getNameEn().length() <= MAX_NAME, "nameNb", "unit.error.name-length", MAX_NAME);
        require(d.getHostTrust() != null, "hostTrust", "unit.error.host-required");
        if (d.getKind().isMultiRegional()) {
            require(d.getSecondHostTrust() != null, "secondHostTrust", "unit.error.second-host-required");
            require(!d.getSecondHostTrust().getRegion().equals(d.getHostTrust().getRegion()),
                    "secondHostTrust", "unit.error.second-host-same-region");
        }
        require(d.getDescription().length() <= MAX_DESCRIPTION, "description", "unit.error.description-length", MAX_DESCRIPTION);
        require(length(d.getTermEndReason()) <= MAX_SHORT_TEXT, "termEndReason", "text.error.too-long", MAX_SHORT_TEXT);
        require(length(d.getWebsite()) <= MAX_SHORT_TEXT, "website", "text.error.too-long", MAX_SHORT_TEXT);
        require(length(d.getIcd10Codes()) <= MAX_SHORT_TEXT, "icd10Codes", "text.error.too-long", MAX_SHORT_TEXT);
        if (d.getKind().isCompetenceService()) {
            require(d.getCompetenceFunction() != null, "competenceFunction", "unit.error.function-required");
            LocalDate derived = derivedTermEnd(d.getKind(), d.getCompetenceFunction(), d.getApprovalDate());
            require(derived == null || d.getTermEnd() == null || derived.equals(d.getTermEnd())
                    || !d.getTermEndReason().isBlank(), "termEndReason", "unit.error.term-end-reason");
        }
        require(d.getTermEnd() == null || d.getApprovalDate() == null || d.getTermEnd().isAfter(d.getApprovalDate()),
                "termEnd", "unit.error.term-end-before-approval");
        if (d.getKind().isNetwork()) {
            require(d.getFundingFrameMnok() != null && (d.getFundingFrameMnok() == 1 || d.getFundingFrameMnok() == 2),
                    "fundingFrameMnok", "unit.error.funding-frame");
            require(d.getFundingStart() != null, "fundingStart", "unit.error.funding-start");
            require(d.getFundingEnd() == null || d.getFundingEnd().isAfter(d.getFundingStart()),
                    "fundingEnd", "unit.error.funding-end");
        }
        if (d.getStatus() == UnitStatus.UNDER_REORGANISATION) {
            require(d.getReorganisationOption() != null, "reorganisationOption", "unit.error.reorganisation-option");
        }
        if (d.getStatus() == UnitStatus.CONTINUED) {
            require(d.getSuccessor() != null, "successor", "unit.error.successor-required");
            require(d.getSuccessor().getKind() == UnitKind.QUALITY_COMPETENCE_NETWORK
                    || d.getSuccessor().getKind() == UnitKind.NATIONAL_CENTRE, "successor", "unit.error.successor-kind");
        }
        require(d.getWebsite().isEmpty() || isHttpUrl(d.getWebsite()), "website", "unit.error.website");
        for (String code : d.getIcd10Codes().split("[,;\\s]+")) {
            require(code.isEmpty() || ICD10.matcher(code).matches(), "icd10Codes", "unit.error.icd10", code);
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static void require(boolean condition, String field, String key, Object... args) {
        if (!condition) {
            throw new FieldValidationException(field, key, args);
        }
    }
}
