package no.rhf.servicemiljo.security;

/**
 * The roles of Servicemiljø. A user has exactly one. The names are used as Spring Security
 * authorities with the {@code ROLE_} prefix, so {@code @RolesAllowed(Role.Names.ADMIN)} works.
 */
public enum Role {
    /** National coordination: manages everything. */
    ADMIN,
    /** Coordinator of one regional node (bound to one RHF). */
    REGIONAL_COORDINATOR,
    /** Member of one or more reference groups (faglig referansegruppe). */
    REFERENCE_GROUP_MEMBER,
    /** Member of the interregional meeting of medical directors (IRF). */
    IRF_MEMBER,
    /** Contact person (leader) of a national service, network or centre. */
    SERVICE_CONTACT,
    /** Read-only observer from the Ministry or the Directorate of Health. */
    OBSERVER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Constants for annotations, which need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String REGIONAL_COORDINATOR = "REGIONAL_COORDINATOR";
        public static final String REFERENCE_GROUP_MEMBER = "REFERENCE_GROUP_MEMBER";
        public static final String IRF_MEMBER = "IRF_MEMBER";
        public static final String SERVICE_CONTACT = "SERVICE_CONTACT";
        public static final String OBSERVER = "OBSERVER";

        private Names() {
        }
    }
}
