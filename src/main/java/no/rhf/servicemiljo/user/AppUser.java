package no.rhf.servicemiljo.user;

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
import no.rhf.servicemiljo.security.Role;

import java.time.Instant;

/** A user account: local (with a password) or linked to a single sign-on provider's subject. Deactivated, never deleted, so that history keeps its authors. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String fullName;
    private String email;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id")
    private Region region;
    private String locale = "nb";
    private boolean active = true;
    private String oidcIssuer;
    private String oidcSubject;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String fullName, String email, String passwordHash, Role role, Region region) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.region = region;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Region getRegion() {
        return region;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isActive() {
        return active;
    }

    /** Signed in through single sign-on only: no local password. */
    public boolean isSsoAccount() {
        return oidcSubject != null;
    }

    void linkTo(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setRegion(Region region) {
        this.region = region;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUser other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id == null ? 0 : id);
    }

    @Override
    public String toString() {
        return fullName;
    }
}
