package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.organisation.Region;

import java.util.List;

/** The empty seats of a reference group today: RHF seats without a member, and the user representative. */
public record Vacancies(List<Region> vacantRhfSeats, boolean userRepresentativeVacant) {

    public int count() {
        return vacantRhfSeats.size() + (userRepresentativeVacant ? 1 : 0);
    }

    public boolean any() {
        return count() > 0;
    }
}
