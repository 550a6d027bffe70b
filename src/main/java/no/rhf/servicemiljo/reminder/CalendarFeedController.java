package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.security.PublicPaths;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /calendar-feed/<token>.ics}: a user's personal calendar feed. A plain Spring MVC controller: Vaadin's
 * servlet serves the rest of the application from the root, and Spring MVC's handler mappings come before it.
 * The path is public (this controller contributes it as {@link PublicPaths}); the secret token is the credential. An unknown or revoked
 * token gets 404 with an empty body (nothing tells whether a token ever existed).
 */
@RestController
class CalendarFeedController implements PublicPaths {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    public List<String> patterns() {
        return List.of(CalendarFeedService.PATH + "**");
    }

    @GetMapping(CalendarFeedService.PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                        .header("Content-Disposition", "inline; filename=\"servicemiljo.ics\"").body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build());
    }
}
