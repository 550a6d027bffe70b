package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Static content written as markup into one element: what never changes while a screen is open (a heading and
 * its help text, a navigation's entries) costs the server one state node instead of one per element and text.
 * Every text put into it goes through {@link #escape(String)}.
 */
public final class Markup {

    private Markup() {
    }

    /** {@code text} safe as an HTML text or a quoted attribute value. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /**
     * A {@code div} whose content is {@code html}, markup made with {@link #escape(String)}. Equal markup on many
     * screens (a criterion's heading, a navigation) is one string on the server, not a copy per screen.
     */
    public static Div div(String html) {
        Div div = new Div();
        div.getElement().setProperty("innerHTML", html.intern());
        return div;
    }
}
