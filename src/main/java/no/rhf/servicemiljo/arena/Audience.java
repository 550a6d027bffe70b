package no.rhf.servicemiljo.arena;

/** Who an event is for: everyone, one region's users, the contacts of some services, or their reference groups. */
public enum Audience {
    EVERYONE, REGION, UNITS, REFERENCE_GROUPS
}
