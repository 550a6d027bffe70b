package no.rhf.servicemiljo.base.collaboration;

import com.vaadin.collaborationengine.UserInfo;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;

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
        return of(CurrentUser.require());
    }

    public static UserInfo of(AppUserPrincipal user) {
        UserInfo info = new UserInfo(String.valueOf(user.id()), user.fullName());
        info.setAbbreviation(initials(user.fullName()));
        info.setColorIndex((int) (user.id() % COLOURS));
        return info;
    }

    static String initials(String fullName) {
        String[] parts = fullName.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        return parts.length == 1 ? first.toUpperCase() : (first + parts[parts.length - 1].charAt(0)).toUpperCase();
    }
}
