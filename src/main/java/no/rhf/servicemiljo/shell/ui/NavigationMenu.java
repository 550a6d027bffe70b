package no.rhf.servicemiljo.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import no.rhf.servicemiljo.base.ui.Markup;
import no.rhf.servicemiljo.shell.MenuCount;

import java.util.List;
import java.util.Optional;

/**
 * The side navigation as one element on the server. Its entries are the web components' own markup
 * ({@code vaadin-side-nav-item} with its icon and count badge), written once as the element's content, instead of a
 * component, an icon and a text node per entry: some thirty state nodes fewer on every screen of every user. The
 * entries show the current page and navigate in the browser, as {@link SideNavItem}s do.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class NavigationMenu extends Component {

    /** One entry: its label, route ({@code ""} for the home page), icon ({@code vaadin:…}, or null) and count (or null). */
    public record Entry(String label, String path, String icon, MenuCount.Count count) {
    }

    private final List<Entry> entries;

    NavigationMenu(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        StringBuilder markup = new StringBuilder();
        entries.forEach(entry -> append(markup, entry, matchesNested(entry, entries)));
        getElement().setProperty("innerHTML", markup.toString());
    }

    /** The entries' labels, in order. */
    public List<String> labels() {
        return entries.stream().map(Entry::label).toList();
    }

    /** The count shown beside the entry of {@code path} ({@code ""} for the home page), if any. */
    public Optional<MenuCount.Count> count(String path) {
        return entries.stream().filter(e -> e.path().equals(path) && e.count() != null).map(Entry::count).findFirst();
    }

    /**
     * Whether an entry is the current page below its own route too ({@code reports} on {@code reports/5}): unless it
     * is the home page, or another entry lies below it ({@code units} and {@code units/counts}), which would make two
     * entries current.
     */
    private static boolean matchesNested(Entry entry, List<Entry> entries) {
        return !entry.path().isEmpty() && entries.stream().noneMatch(other -> other.path().startsWith(entry.path() + "/"));
    }

    private static void append(StringBuilder markup, Entry entry, boolean matchNested) {
        markup.append("<vaadin-side-nav-item path=\"").append(Markup.escape(entry.path())).append('"')
                .append(matchNested ? " match-nested>" : ">");
        if (entry.icon() != null) {
            markup.append("<vaadin-icon slot=\"prefix\" icon=\"").append(Markup.escape(entry.icon())).append("\"></vaadin-icon>");
        }
        markup.append(Markup.escape(entry.label()));
        MenuCount.Count count = entry.count();
        if (count != null) {
            markup.append("<span slot=\"suffix\" class=\"sm-nav-count\" theme=\"")
                    .append(count.urgent() ? "badge error pill small" : "badge pill small")
                    .append("\" id=\"nav-count-").append(entry.path().isEmpty() ? "home" : Markup.escape(entry.path().replace('/', '-')))
                    .append("\" aria-label=\"").append(Markup.escape(count.ariaLabel())).append("\">").append(count.value()).append("</span>");
        }
        markup.append("</vaadin-side-nav-item>");
    }
}
