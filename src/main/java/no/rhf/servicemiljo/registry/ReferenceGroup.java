package no.rhf.servicemiljo.registry;

import java.util.List;
import java.util.Optional;

/** A unit's reference group today: current members, vacancies, and everyone who has served. */
public record ReferenceGroup(List<ReferenceGroupMember> current, List<ReferenceGroupMember> former, Vacancies vacancies) {

    public Optional<ReferenceGroupMember> chair() {
        return current.stream().filter(ReferenceGroupMember::isChair).findFirst();
    }
}
