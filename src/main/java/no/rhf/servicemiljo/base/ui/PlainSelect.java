package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Vaadin's select element with a few fixed options (a rating) sent as one property, not as a server-side component
 * per option: Vaadin's {@link Select} keeps a list box and an item component with its text for every option of
 * every select on every open screen, nine state nodes for four ratings, which an assessment repeats for each
 * criterion. Same element, keyboard, labels and accessibility; the value is the option's own value ("" when none).
 */
@Tag("vaadin-select")
@Uses(Select.class) // the same web component, already in the bundle
public class PlainSelect extends AbstractSinglePropertyField<PlainSelect, String>
        implements HasLabel, HasAriaLabel, HasValidationProperties, HasSize, Focusable<PlainSelect> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The options as sent, one instance for every select with the same options on every screen (the ratings, the
     * languages, each in a few languages): the element keeps the JSON it is given, and nothing changes it.
     */
    private static final Map<List<String>, ArrayNode> SHARED = new ConcurrentHashMap<>();
    private static final int MAX_SHARED = 64;

    public PlainSelect(String label) {
        this();
        setLabel(label);
    }

    /** A select without a visible label (give it an accessible name with {@link #setAriaLabel}). */
    protected PlainSelect() {
        super("value", "", false);
        // The server says when a value is invalid (a refused save); the element must not clear that on its own.
        getElement().setProperty("manualValidation", true);
    }

    /** The options, value → label, in their order. */
    public void setOptions(Map<String, String> labels) {
        List<String> key = labels.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toList();
        ArrayNode items = SHARED.get(key);
        if (items == null) {
            items = JSON.createArrayNode();
            for (Map.Entry<String, String> option : labels.entrySet()) {
                items.addObject().put("value", option.getKey()).put("label", option.getValue());
            }
            if (SHARED.size() < MAX_SHARED) {
                items = Objects.requireNonNullElse(SHARED.putIfAbsent(key, items), items);
            }
        }
        getElement().setPropertyJson("items", items);
    }
}
