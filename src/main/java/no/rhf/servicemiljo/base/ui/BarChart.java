package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.Html;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG: no JavaScript, no commercial components, and it
 * prints. The chart carries a text summary for screen readers; panels also show the numbers as a table.
 */
public final class BarChart {

    public record Bar(String label, double value) {
    }

    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 150;
    private static final int BAR_WIDTH = 240;

    private BarChart() {
    }

    public static Html of(String title, List<Bar> bars, String unit) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        StringBuilder summary = new StringBuilder(title).append(": ");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='sm-chart' viewBox='0 0 ")
                .append(LABEL_WIDTH + BAR_WIDTH + 130).append(' ').append(height)
                .append("' width='100%' style='max-width:560px;height:auto;display:block' aria-label='").append(Markup.escape(title)).append("'>");
        svg.append("<title>").append(Markup.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            double width = max <= 0 ? 0 : bar.value() / max * BAR_WIDTH;
            String value = format(bar.value()) + (unit.isEmpty() ? "" : " " + unit);
            summary.append(bar.label()).append(' ').append(value).append(i < bars.size() - 1 ? "; " : ".");
            svg.append("<text x='0' y='").append(y + 17).append("' font-size='13' fill='currentColor'>")
                    .append(Markup.escape(bar.label())).append("</text>");
            svg.append("<rect x='").append(LABEL_WIDTH).append("' y='").append(y + 3).append("' height='18' rx='3' width='")
                    .append(String.format(Locale.ROOT, "%.1f", width)).append("' fill='#00509e'/>");
            svg.append("<text x='").append(String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + width + 6)).append("' y='")
                    .append(y + 17).append("' font-size='13' fill='currentColor'>").append(Markup.escape(value)).append("</text>");
        }
        svg.append("<desc>").append(Markup.escape(summary.toString())).append("</desc></svg>");
        return new Html(svg.toString());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.forLanguageTag("nb"), "%.1f", value);
    }
}
