package no.rhf.servicemiljo.arena;

/** An event in the signed-in user's list, with their own registration status (null: not registered). */
public record MyEvent(ArenaEvent event, ParticipationStatus myStatus) {
}
