package no.rhf.servicemiljo.website;

import java.time.Instant;

/**
 * A unit's result for one criterion with the page that shows it ({@code link}), for the matching-pages criterion of a
 * unit with two hosts the second host's page ({@code secondLink}), and a note.
 */
public record WebsiteAnswer(long unitId, long criterionId, WebsiteResult result, String link, String secondLink, String note,
                            Instant updatedAt, String updatedBy) {
}
