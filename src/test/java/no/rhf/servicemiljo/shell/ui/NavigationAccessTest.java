package no.rhf.servicemiljo.shell.ui;

import com.vaadin.flow.component.UI;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.security.ui.LoginView;
import no.rhf.servicemiljo.user.ui.UserAdminView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees what: anonymous users go to login; every role sees exactly its navigation entries. */
class NavigationAccessTest extends KaribuTest {

    private static final String DASHBOARD = "Oversikt";
    private static final String MINE = "Mine frister";
    private static final String CALENDAR = "Årshjul";
    private static final String REPORTS = "Årsrapporter og vurderinger";
    private static final String WEBSITES = "Krav til nettsider";
    private static final String ARENAS = "Dialogarenaer og arrangementer";
    private static final String REORGANISATION = "Omorganisering";
    private static final String ERN = "ERN-oppfølging";
    private static final String LEADERSHIP = "Ledelse og overlevering";
    private static final String REGISTRY = "Tjenester, nettverk og sentre";
    private static final String COUNTS = "Antall per region";
    private static final String APPLICATIONS = "Søknader om nye nasjonale tjenester";
    private static final String RANKING = "IRF-rangering";

    @Test
    void anonymousUsersAreSentToLogin() {
        UI.getCurrent().navigate("");
        _get(LoginView.class);
        UI.getCurrent().navigate("users");
        _get(LoginView.class);
    }

    static Stream<Arguments> navigationPerRole() {
        return Stream.of(
                Arguments.of(TestUsers.ADMIN, List.of("Mine oppgaver", DASHBOARD, LEADERSHIP, MINE, CALENDAR, ARENAS, REGISTRY, COUNTS, "Importer fra CSV", REPORTS, REORGANISATION, WEBSITES, ERN, APPLICATIONS, RANKING, "Påminnelser (utsendingslogg)", "Brukere")),
                Arguments.of(TestUsers.COORDINATOR_SOR_OST, List.of("Mine oppgaver", DASHBOARD, LEADERSHIP, MINE, CALENDAR, ARENAS, REGISTRY, COUNTS, REPORTS, REORGANISATION, WEBSITES, ERN, APPLICATIONS)),
                Arguments.of(TestUsers.REFERENCE_MEMBER, List.of("Mine oppgaver", MINE, CALENDAR, ARENAS, REGISTRY, COUNTS, REPORTS, REORGANISATION, WEBSITES, ERN)),
                Arguments.of(TestUsers.IRF_MEMBER, List.of("Mine oppgaver", MINE, CALENDAR, ARENAS, REGISTRY, COUNTS, REPORTS, REORGANISATION, WEBSITES, ERN, APPLICATIONS, RANKING)),
                Arguments.of(TestUsers.SERVICE_CONTACT, List.of("Mine oppgaver", MINE, CALENDAR, ARENAS, REGISTRY, COUNTS, REPORTS, REORGANISATION, WEBSITES, ERN)),
                Arguments.of(TestUsers.OBSERVER, List.of("Mine oppgaver", DASHBOARD, LEADERSHIP, MINE, CALENDAR, ARENAS, REGISTRY, COUNTS, REPORTS, REORGANISATION, WEBSITES, ERN, APPLICATIONS, RANKING)));
    }

    @ParameterizedTest
    @MethodSource("navigationPerRole")
    void eachRoleSeesExactlyItsNavigationEntries(String username, List<String> expected) {
        login(username);
        _get(MainLayout.class);
        List<String> labels = _get(NavigationMenu.class).labels();
        assertEquals(expected, labels);
    }

    @Test
    void nonAdminCannotReachUserAdministration() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate("users");
        assertTrue(_find(UserAdminView.class).isEmpty());
        assertTrue(!_find(AccessDeniedView.class).isEmpty() || !_find(NotFoundView.class).isEmpty());
    }

    @Test
    void adminReachesUserAdministration() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _get(UserAdminView.class);
    }
}
