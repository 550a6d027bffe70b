package no.rhf.servicemiljo.website;

/** What the coordinator fills in for one criterion. */
public record WebsiteAnswerDraft(WebsiteResult result, String link, String secondLink, String note) {
}
