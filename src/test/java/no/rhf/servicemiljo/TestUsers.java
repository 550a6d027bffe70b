package no.rhf.servicemiljo;

/** Demo users (seeded on the embedded database) that tests sign in as. */
public final class TestUsers {

    public static final String PASSWORD = "servicemiljo";

    public static final String ADMIN = "ingrid.haugen";
    public static final String COORDINATOR_SOR_OST = "lars.berg";
    public static final String COORDINATOR_VEST = "marte.solheim";
    public static final String COORDINATOR_MIDT = "ola.aune";
    public static final String COORDINATOR_NORD = "sigrid.johansen";
    public static final String REFERENCE_MEMBER = "anne.lie";
    public static final String REFERENCE_MEMBER_VEST = "erik.dahl";
    public static final String IRF_MEMBER = "bjorn.hansen";
    public static final String SERVICE_CONTACT = "per.olsen";
    public static final String OBSERVER = "mari.vik";

    private TestUsers() {
    }
}
