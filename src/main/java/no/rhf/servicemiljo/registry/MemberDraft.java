package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.user.AppUser;

import java.time.LocalDate;

/** A new reference-group membership as a form fills it in. */
public class MemberDraft {

    private SeatType seatType = SeatType.RHF_REPRESENTATIVE;
    private Region region;
    private String personName = "";
    private String email = "";
    private AppUser user;
    private boolean chair;
    private LocalDate appointedOn;
    private LocalDate endsOn;

    public SeatType getSeatType() { return seatType; }
    public void setSeatType(SeatType seatType) { this.seatType = seatType; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName == null ? "" : personName.trim(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? "" : email.trim(); }
    public AppUser getUser() { return user; }
    public void setUser(AppUser user) { this.user = user; }
    public boolean isChair() { return chair; }
    public void setChair(boolean chair) { this.chair = chair; }
    public LocalDate getAppointedOn() { return appointedOn; }
    public void setAppointedOn(LocalDate appointedOn) { this.appointedOn = appointedOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
