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

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A region's earmarked grant for national services in one year. The service environment's support
 * functions are funded by a share (2–4 %) of the part that is not for rare diagnoses.
 */
@Entity
@Table(name = "regional_funding")
public class RegionalFunding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;
    private int year;
    private BigDecimal earmarkedMnok;
    private BigDecimal rareDiagnosesMnok = BigDecimal.ZERO;
    @Version
    private long version;

    protected RegionalFunding() {
    }

    RegionalFunding(Region region, int year) {
        this.region = region;
        this.year = year;
    }

    public BigDecimal otherServicesMnok() {
        return earmarkedMnok.subtract(rareDiagnosesMnok);
    }

    public BigDecimal supportFunctionsMnok(BigDecimal sharePercent) {
        return otherServicesMnok().multiply(sharePercent).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getEarmarkedMnok() {
        return earmarkedMnok;
    }

    public BigDecimal getRareDiagnosesMnok() {
        return rareDiagnosesMnok;
    }

    public long getVersion() {
        return version;
    }

    void set(BigDecimal earmarked, BigDecimal rareDiagnoses) {
        this.earmarkedMnok = earmarked;
        this.rareDiagnosesMnok = rareDiagnoses;
    }
}
