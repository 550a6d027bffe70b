package no.rhf.servicemiljo.registry;

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
import no.rhf.servicemiljo.user.AppUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/**
 * A seat held in a unit's reference group for a period. Memberships end (ends_on) rather than
 * disappear, so the group's history stays. A member may be linked to a user account, which is
 * what gives access to the unit's report assessments.
 */
@Entity
@Table(name = "reference_group_member")
@Audited
public class ReferenceGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private NationalUnit unit;
    @Enumerated(EnumType.STRING)
    private SeatType seatType;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Region region;
    private String personName;
    private String email;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AppUser user;
    private boolean chair;
    private LocalDate appointedOn;
    private LocalDate endsOn;
    @Version
    private long version;

    protected ReferenceGroupMember() {
    }

    ReferenceGroupMember(NationalUnit unit, SeatType seatType, Region region, String personName, String email,
                         AppUser user, LocalDate appointedOn, LocalDate endsOn) {
        this.unit = unit;
        this.seatType = seatType;
        this.region = region;
        this.personName = personName;
        this.email = email;
        this.user = user;
        this.appointedOn = appointedOn;
        this.endsOn = endsOn;
    }

    public boolean isCurrentOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    public Long getId() { return id; }
    public NationalUnit getUnit() { return unit; }
    public SeatType getSeatType() { return seatType; }
    public Region getRegion() { return region; }
    public String getPersonName() { return personName; }
    public String getEmail() { return email; }
    public AppUser getUser() { return user; }
    public boolean isChair() { return chair; }
    public LocalDate getAppointedOn() { return appointedOn; }
    public LocalDate getEndsOn() { return endsOn; }

    void setChair(boolean chair) {
        this.chair = chair;
    }

    void end(LocalDate day) {
        this.endsOn = day;
        this.chair = false;
    }
}
