package no.rhf.servicemiljo.leadership;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.rhf.servicemiljo.organisation.Region;

import java.time.LocalDate;

/** A period in which one region leads the service environment; both dates are inclusive. */
@Entity
@Table(name = "leadership_period")
public class LeadershipPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Version
    private long version;

    protected LeadershipPeriod() {
    }

    LeadershipPeriod(Region region, LocalDate startsOn, LocalDate endsOn) {
        this.region = region;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    void change(Region region, LocalDate startsOn, LocalDate endsOn) {
        this.region = region;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }
}
