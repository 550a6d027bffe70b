package no.rhf.servicemiljo.website;

/** How a unit's website meets a criterion (the i18n key is {@code WebsiteResult.NAME}). */
public enum WebsiteResult {
    MET, PARTLY_MET, NOT_MET
}
