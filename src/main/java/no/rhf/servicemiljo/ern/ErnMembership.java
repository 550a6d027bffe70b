package no.rhf.servicemiljo.ern;

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
import no.rhf.servicemiljo.registry.NationalUnit;

import java.time.LocalDate;

/** A unit's membership or affiliation in one European Reference Network. */
@Entity
@Table(name = "ern_membership")
public class ErnMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private NationalUnit unit;
    private String network;
    @Enumerated(EnumType.STRING)
    private ErnStatus status;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private String contactName;
    private String contactEmail;
    @Version
    private long version;

    protected ErnMembership() {
    }

    ErnMembership(NationalUnit unit) {
        this.unit = unit;
    }

    void apply(ErnDraft draft) {
        network = ErnNetworks.canonical(draft.network());
        status = draft.status();
        startedOn = draft.startedOn();
        endedOn = draft.endedOn();
        contactName = blankToNull(draft.contactName());
        contactEmail = blankToNull(draft.contactEmail());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public NationalUnit getUnit() {
        return unit;
    }

    public String getNetwork() {
        return network;
    }

    public ErnStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public long getVersion() {
        return version;
    }
}
