package no.rhf.servicemiljo.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.collaboration.CollaborationIdentity;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.shell.HeaderContribution;
import no.rhf.servicemiljo.shell.MenuCount;
import no.rhf.servicemiljo.user.UserService;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The application shell: header with the page title, feature contributions, language and user
 * menu; a side navigation that lists only the views the signed-in user's role may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    private final List<MenuCount> menuCounts;

    MainLayout(UserService userService, AuthenticationContext authenticationContext,
               List<HeaderContribution> headerContributions, List<MenuCount> menuCounts) {
        this.menuCounts = menuCounts;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("sm-app-title");
        viewTitle.setId("view-title");

        Div header = new Div(viewTitle);
        header.addClassName("sm-header");
        Span spacer = new Span();
        spacer.addClassName("sm-header-spacer");
        header.add(spacer);
        headerContributions.stream()
                .sorted(Comparator.comparingInt(HeaderContribution::order))
                .map(HeaderContribution::create)
                .filter(Objects::nonNull)
                .forEach(header::add);
        header.add(new no.rhf.servicemiljo.base.ui.LanguageSwitch(userService::changeOwnLocale), createUserMenu(authenticationContext));
        addToNavbar(new DrawerToggle(), header);

        H1 appName = new H1(getTranslation("app.name"));
        appName.addClassName("sm-app-title");
        appName.getStyle().set("padding", "var(--lumo-space-m)");
        Scroller navigation = new Scroller(createSideNav());
        addToDrawer(appName, navigation, createDrawerFooter());
    }

    private NavigationMenu createSideNav() {
        List<NavigationMenu.Entry> entries = MenuConfiguration.getMenuEntries().stream().map(entry -> {
            String path = route(entry.path());
            MenuCount.Count count = menuCounts.stream().filter(c -> route(c.path()).equals(path)).findFirst()
                    .flatMap(MenuCount::count).orElse(null);
            return new NavigationMenu.Entry(getTranslation(entry.title()), path, entry.icon(), count);
        }).toList();
        NavigationMenu nav = new NavigationMenu(entries);
        nav.setId("main-nav");
        return nav;
    }

    private static String route(String path) {
        return path == null ? "" : path.replaceAll("^/+|/+$", "");
    }

    private Component createUserMenu(AuthenticationContext authenticationContext) {
        AppUserPrincipal user = CurrentUser.require();
        Avatar avatar = new Avatar(user.fullName());
        avatar.setAbbreviation(CollaborationIdentity.of(user).getAbbreviation());
        avatar.setColorIndex(CollaborationIdentity.of(user).getColorIndex());
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(avatar);
        root.add(new Span(user.fullName()));
        root.getSubMenu().addItem(new Span(getTranslation("role." + user.role().name()))).setEnabled(false);
        root.getSubMenu().addItem(getTranslation("nav.logout"), e -> authenticationContext.logout()).setId("logout");
        return menu;
    }

    /** The accessibility statement is one link away from every page (the drawer opens from the header on a phone). */
    private Component createDrawerFooter() {
        Div footer = new Div(no.rhf.servicemiljo.base.ui.AccessibilityChecks.statementLink());
        footer.addClassName("sm-drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof com.vaadin.flow.router.HasDynamicTitle titled
                ? titled.getPageTitle() : getTranslation("app.name"));
    }
}
