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
import no.rhf.servicemiljo.user.AppUser;

import java.time.Instant;

/** One task of a handover between leading regions; records who ticked it and when. */
@Entity
@Table(name = "handover_item")
public class HandoverItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private LeadershipPeriod period;
    private int sortOrder;
    private String text;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "done_by")
    private AppUser doneBy;
    private Instant doneAt;
    @Version
    private long version;

    protected HandoverItem() {
    }

    HandoverItem(LeadershipPeriod period, int sortOrder, String text) {
        this.period = period;
        this.sortOrder = sortOrder;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getText() {
        return text;
    }

    public AppUser getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    void tick(AppUser user, Instant when) {
        this.doneBy = user;
        this.doneAt = when;
    }

    void untick() {
        this.doneBy = null;
        this.doneAt = null;
    }
}
