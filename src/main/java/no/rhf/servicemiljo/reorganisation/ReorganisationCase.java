package no.rhf.servicemiljo.reorganisation;

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
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reorganisation case for one unit, coordinated nationally and carried out by the responsible region:
 * open, sent to IRF (date, reference), decided (option, date, text), the outcome applied to the registry
 * (implemented), closed. The service ({@link ReorganisationService}) checks every step.
 */
@Entity
@Table(name = "reorganisation_case")
public class ReorganisationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private NationalUnit unit;
    @Enumerated(EnumType.STRING)
    private CaseKind kind;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_region_id")
    private Region responsibleRegion;
    @Enumerated(EnumType.STRING)
    private CaseStatus status = CaseStatus.OPEN;
    private String background;
    private LocalDate irfDate;
    private String irfReference;
    @Enumerated(EnumType.STRING)
    private CaseOption decision;
    private LocalDate decisionDate;
    private String decisionText;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_unit_id")
    private NationalUnit successor;
    private Instant appliedAt;
    private String appliedBy;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected ReorganisationCase() {
    }

    ReorganisationCase(NationalUnit unit, CaseKind kind, Region responsibleRegion, String background) {
        this.unit = unit;
        this.kind = kind;
        this.responsibleRegion = responsibleRegion;
        this.background = background;
    }

    void setBackground(String background) {
        this.background = background;
    }

    void sendToIrf(LocalDate date, String reference) {
        irfDate = date;
        irfReference = reference;
        if (status == CaseStatus.OPEN) {
            status = CaseStatus.IN_IRF;
        }
    }

    void decide(CaseOption option, LocalDate date, String text) {
        decision = option;
        decisionDate = date;
        decisionText = text;
        status = CaseStatus.DECIDED;
    }

    void implemented(NationalUnit successorUnit, Instant when, String who) {
        successor = successorUnit;
        appliedAt = when;
        appliedBy = who;
        status = CaseStatus.IMPLEMENTED;
    }

    void close() {
        status = CaseStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public NationalUnit getUnit() {
        return unit;
    }

    public CaseKind getKind() {
        return kind;
    }

    public Region getResponsibleRegion() {
        return responsibleRegion;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getBackground() {
        return background;
    }

    public LocalDate getIrfDate() {
        return irfDate;
    }

    public String getIrfReference() {
        return irfReference;
    }

    public CaseOption getDecision() {
        return decision;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public NationalUnit getSuccessor() {
        return successor;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
