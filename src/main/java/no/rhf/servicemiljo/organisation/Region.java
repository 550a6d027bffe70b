package no.rhf.servicemiljo.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A regional health authority (RHF). Reference data from Flyway; exactly four exist. */
@Entity
@Immutable
@Table(name = "region")
public class Region {

    public static final short HELSE_SOR_OST = 1;
    public static final short HELSE_VEST = 2;
    public static final short HELSE_MIDT_NORGE = 3;
    public static final short HELSE_NORD = 4;

    @Id
    private Short id;
    private String code;
    private String name;
    private short sortOrder;

    protected Region() {
    }

    public Short getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public short getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Short.hashCode(id == null ? 0 : id);
    }

    @Override
    public String toString() {
        return name;
    }
}
