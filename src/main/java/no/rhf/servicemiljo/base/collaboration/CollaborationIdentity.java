package no.rhf.servicemiljo.base.collaboration;

import com.vaadin.collaborationengine.UserInfo;
import no.rhf.servicemiljo.base.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place that says who the signed-in user is to Collaboration Engine: the same id,
 * name, abbreviation and colour in avatars, field highlights and discussions everywhere.
 */
public final class CollaborationIdentity {

    /** Collaboration Engine's default palette has seven colours. */
    private static final int COLOURS = 7;

    private CollaborationIdentity() {
    }

    public static UserInfo currentUser() {
        return of(SignedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in")));
    }

    public static UserInfo of(SignedInUser user) {
        return of(user.id(), user.fullName());
    }

    /** The same identity for any user, for example the author of a stored message. */
    public static UserInfo of(long userId, String fullName) {
        UserInfo info = new UserInfo(String.valueOf(userId), fullName);
        info.setAbbreviation(initials(fullName));
        info.setColorIndex((int) (userId % COLOURS));
        return info;
    }

    static String initials(String fullName) {
        String[] parts = fullName.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        return parts.length == 1 ? first.toUpperCase() : (first + parts[parts.length - 1].charAt(0)).toUpperCase();
    }
}
