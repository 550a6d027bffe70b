package no.rhf.servicemiljo.base.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/** One audited change set (Hibernate Envers): when, and by whom. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    private long timestamp;

    private String username;

    public Long getId() {
        return id;
    }

    public Instant getInstant() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
