package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.user.AppUser;

import java.time.LocalDate;

/**
 * The editable fields of a unit, filled by a form or a CSV row. The service checks every rule
 * ({@link UnitRules}) again on the server. {@code version} carries the version the user started
 * from, so a concurrent change is detected instead of silently overwritten.
 */
public class UnitDraft {

    private UnitKind kind = UnitKind.NATIONAL_TREATMENT_SERVICE;
    private String nameNb = "";
    private String nameEn = "";
    private HealthTrust hostTrust;
    private HealthTrust secondHostTrust;
    private String description = "";
    private LocalDate approvalDate;
    private CompetenceFunction competenceFunction;
    private LocalDate termEnd;
    private String termEndReason = "";
    private UnitStatus status = UnitStatus.ACTIVE;
    private ReorganisationOption reorganisationOption;
    private NationalUnit successor;
    private String website = "";
    private AppUser contact;
    private String icd10Codes = "";
    private Short fundingFrameMnok;
    private LocalDate fundingStart;
    private LocalDate fundingEnd;
    private LocalDate yearSixEvaluation;
    private Long version;

    public static UnitDraft of(NationalUnit unit) {
        UnitDraft d = new UnitDraft();
        d.kind = unit.getKind();
        d.nameNb = unit.getNameNb();
        d.nameEn = nullToEmpty(unit.getNameEn());
        d.hostTrust = unit.getHostTrust();
        d.secondHostTrust = unit.getSecondHostTrust();
        d.description = nullToEmpty(unit.getDescription());
        d.approvalDate = unit.getApprovalDate();
        d.competenceFunction = unit.getCompetenceFunction();
        d.termEnd = unit.getTermEnd();
        d.termEndReason = nullToEmpty(unit.getTermEndReason());
        d.status = unit.getStatus();
        d.reorganisationOption = unit.getReorganisationOption();
        d.successor = unit.getSuccessor();
        d.website = nullToEmpty(unit.getWebsite());
        d.contact = unit.getContact();
        d.icd10Codes = nullToEmpty(unit.getIcd10Codes());
        d.fundingFrameMnok = unit.getFundingFrameMnok();
        d.fundingStart = unit.getFundingStart();
        d.fundingEnd = unit.getFundingEnd();
        d.yearSixEvaluation = unit.getYearSixEvaluation();
        d.version = unit.getVersion();
        return d;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public String getNameNb() { return nameNb; }
    public void setNameNb(String nameNb) { this.nameNb = trim(nameNb); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = trim(nameEn); }
    public HealthTrust getHostTrust() { return hostTrust; }
    public void setHostTrust(HealthTrust hostTrust) { this.hostTrust = hostTrust; }
    public HealthTrust getSecondHostTrust() { return secondHostTrust; }
    public void setSecondHostTrust(HealthTrust secondHostTrust) { this.secondHostTrust = secondHostTrust; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = trim(description); }
    public LocalDate getApprovalDate() { return approvalDate; }
    public void setApprovalDate(LocalDate approvalDate) { this.approvalDate = approvalDate; }
    public CompetenceFunction getCompetenceFunction() { return competenceFunction; }
    public void setCompetenceFunction(CompetenceFunction competenceFunction) { this.competenceFunction = competenceFunction; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
    public String getTermEndReason() { return termEndReason; }
    public void setTermEndReason(String termEndReason) { this.termEndReason = trim(termEndReason); }
    public UnitStatus getStatus() { return status; }
    public void setStatus(UnitStatus status) { this.status = status; }
    public ReorganisationOption getReorganisationOption() { return reorganisationOption; }
    public void setReorganisationOption(ReorganisationOption option) { this.reorganisationOption = option; }
    public NationalUnit getSuccessor() { return successor; }
    public void setSuccessor(NationalUnit successor) { this.successor = successor; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = trim(website); }
    public AppUser getContact() { return contact; }
    public void setContact(AppUser contact) { this.contact = contact; }
    public String getIcd10Codes() { return icd10Codes; }
    public void setIcd10Codes(String icd10Codes) { this.icd10Codes = trim(icd10Codes).toUpperCase(java.util.Locale.ROOT); }
    public Short getFundingFrameMnok() { return fundingFrameMnok; }
    public void setFundingFrameMnok(Short fundingFrameMnok) { this.fundingFrameMnok = fundingFrameMnok; }
    public LocalDate getFundingStart() { return fundingStart; }
    public void setFundingStart(LocalDate fundingStart) { this.fundingStart = fundingStart; }
    public LocalDate getFundingEnd() { return fundingEnd; }
    public void setFundingEnd(LocalDate fundingEnd) { this.fundingEnd = fundingEnd; }
    public LocalDate getYearSixEvaluation() { return yearSixEvaluation; }
    public void setYearSixEvaluation(LocalDate yearSixEvaluation) { this.yearSixEvaluation = yearSixEvaluation; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
