package no.rhf.servicemiljo.reorganisation;

/** Who was involved: the reorganisation is carried out regionally with users and employee representatives. */
public enum InvolvementParty {
    USERS,
    EMPLOYEE_REPRESENTATIVES,
    OTHER
}
