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

import java.time.Instant;
import java.time.LocalDate;

/** One recorded involvement of users or employee representatives in a case: who, when, what was said. */
@Entity
@Table(name = "reorganisation_involvement")
public class Involvement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ReorganisationCase reorganisationCase;
    @Enumerated(EnumType.STRING)
    private InvolvementParty party;
    private String participants;
    private LocalDate heldOn;
    private String summary;
    private String recordedBy;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected Involvement() {
    }

    Involvement(ReorganisationCase reorganisationCase, InvolvementParty party, String participants, LocalDate heldOn,
                String summary, String recordedBy) {
        this.reorganisationCase = reorganisationCase;
        this.party = party;
        this.participants = participants;
        this.heldOn = heldOn;
        this.summary = summary;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public InvolvementParty getParty() {
        return party;
    }

    public String getParticipants() {
        return participants;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
