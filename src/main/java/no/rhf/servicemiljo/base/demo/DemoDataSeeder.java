package no.rhf.servicemiljo.base.demo;

/**
 * A feature's contribution to the demo data of the embedded default database. Seeders run in
 * ascending {@link #order()} (users first, then what refers to them) and must be idempotent:
 * they run at every start and add only what is missing.
 */
public interface DemoDataSeeder {

    int order();

    void seed();
}
