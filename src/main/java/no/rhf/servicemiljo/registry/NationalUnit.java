package no.rhf.servicemiljo.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.user.AppUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A followed-up unit: a national or multi-regional treatment service, a national competence
 * service, a quality and competence network or a national centre ("tjenester, nettverk og sentre").
 * Every change is audited.
 */
@Entity
@Table(name = "national_unit")
@Audited
public class NationalUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private String nameNb;
    private String nameEn;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_trust_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private HealthTrust hostTrust;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "second_host_trust_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private HealthTrust secondHostTrust;
    private String description;
    private LocalDate approvalDate;
    @Enumerated(EnumType.STRING)
    private CompetenceFunction competenceFunction;
    private LocalDate termEnd;
    private String termEndReason;
    @Enumerated(EnumType.STRING)
    private UnitStatus status = UnitStatus.ACTIVE;
    @Enumerated(EnumType.STRING)
    private ReorganisationOption reorganisationOption;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private NationalUnit successor;
    private String website;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_user_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AppUser contact;
    @Column(name = "icd10_codes")
    private String icd10Codes;
    private Short fundingFrameMnok;
    private LocalDate fundingStart;
    private LocalDate fundingEnd;
    private LocalDate yearSixEvaluation;
    @NotAudited
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected NationalUnit() {
    }

    NationalUnit(UnitKind kind) {
        this.kind = kind;
    }

    /** The regions the unit is hosted in: one, or two for a multi-regional treatment service. */
    public Set<Region> hostRegions() {
        Set<Region> regions = new LinkedHashSet<>();
        regions.add(hostTrust.getRegion());
        if (secondHostTrust != null) {
            regions.add(secondHostTrust.getRegion());
        }
        return regions;
    }

    public boolean isHostedIn(Short regionId) {
        return regionId != null && hostRegions().stream().anyMatch(r -> r.getId().equals(regionId));
    }

    public String hostTrustNames() {
        return secondHostTrust == null ? hostTrust.getName() : hostTrust.getName() + " / " + secondHostTrust.getName();
    }

    public Long getId() {
        return id;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getNameNb() {
        return nameNb;
    }

    public String getNameEn() {
        return nameEn;
    }

    public HealthTrust getHostTrust() {
        return hostTrust;
    }

    public HealthTrust getSecondHostTrust() {
        return secondHostTrust;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getApprovalDate() {
        return approvalDate;
    }

    public CompetenceFunction getCompetenceFunction() {
        return competenceFunction;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public String getTermEndReason() {
        return termEndReason;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public ReorganisationOption getReorganisationOption() {
        return reorganisationOption;
    }

    public NationalUnit getSuccessor() {
        return successor;
    }

    public String getWebsite() {
        return website;
    }

    public AppUser getContact() {
        return contact;
    }

    public String getIcd10Codes() {
        return icd10Codes;
    }

    public Short getFundingFrameMnok() {
        return fundingFrameMnok;
    }

    public LocalDate getFundingStart() {
        return fundingStart;
    }

    public LocalDate getFundingEnd() {
        return fundingEnd;
    }

    public LocalDate getYearSixEvaluation() {
        return yearSixEvaluation;
    }

    public long getVersion() {
        return version;
    }

    /** Copies a validated draft onto the entity; the service resolves references first. */
    void apply(UnitDraft draft, NationalUnit resolvedSuccessor, AppUser resolvedContact) {
        kind = draft.getKind();
        nameNb = draft.getNameNb();
        nameEn = blankToNull(draft.getNameEn());
        hostTrust = draft.getHostTrust();
        secondHostTrust = kind.isMultiRegional() ? draft.getSecondHostTrust() : null;
        description = blankToNull(draft.getDescription());
        approvalDate = draft.getApprovalDate();
        competenceFunction = kind.isCompetenceService() ? draft.getCompetenceFunction() : null;
        termEnd = draft.getTermEnd();
        termEndReason = blankToNull(draft.getTermEndReason());
        status = draft.getStatus();
        reorganisationOption = status == UnitStatus.UNDER_REORGANISATION ? draft.getReorganisationOption() : null;
        successor = status == UnitStatus.CONTINUED ? resolvedSuccessor : null;
        website = blankToNull(draft.getWebsite());
        contact = resolvedContact;
        icd10Codes = blankToNull(draft.getIcd10Codes());
        boolean network = kind.isNetwork();
        fundingFrameMnok = network ? draft.getFundingFrameMnok() : null;
        fundingStart = network ? draft.getFundingStart() : null;
        fundingEnd = network ? draft.getFundingEnd() : null;
        yearSixEvaluation = network ? draft.getYearSixEvaluation() : null;
    }

    /** Ends the unit as closed (no successor) or continued by {@code next}; used by {@link UnitOutcomes}. */
    void end(UnitStatus endStatus, NationalUnit next) {
        status = endStatus;
        reorganisationOption = null;
        successor = endStatus == UnitStatus.CONTINUED ? next : null;
    }

    void markUnderReorganisation(ReorganisationOption option) {
        status = UnitStatus.UNDER_REORGANISATION;
        reorganisationOption = option;
    }

    void extendTerm(LocalDate newTermEnd, String reason) {
        status = UnitStatus.ACTIVE;
        reorganisationOption = null;
        termEnd = newTermEnd;
        termEndReason = blankToNull(reason);
    }

    /** A network continued for a new period: five more years of funding, the next evaluation in its sixth year. */
    void renewFundingPeriod() {
        LocalDate start = fundingEnd == null ? yearSixEvaluation : fundingEnd.plusDays(1);
        fundingStart = start;
        fundingEnd = start.plusYears(5).minusDays(1);
        yearSixEvaluation = UnitRules.derivedYearSixEvaluation(start);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalUnit other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id == null ? 0 : id);
    }

    @Override
    public String toString() {
        return nameNb;
    }
}
