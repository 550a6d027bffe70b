package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Works around ARIA mistakes inside Vaadin's own components until they are fixed upstream:
 * {@code vaadin-select} puts {@code aria-required} on its value button, whose role (button) does
 * not allow it (vaadin/web-components#7337; assistive technology ignores it there anyway, and the
 * required indicator is in the field's label). A small observer removes it whenever it appears.
 */
@Component
class AccessibilityShims implements VaadinServiceInitListener {

    static final String SCRIPT = """
            if (!window.smA11yShims) {
              window.smA11yShims = true;
              const fix = root => root.querySelectorAll('vaadin-select-value-button[aria-required]')
                  .forEach(b => b.removeAttribute('aria-required'));
              fix(document);
              new MutationObserver(records => {
                for (const r of records) {
                  if (r.type === 'attributes' && r.target.localName === 'vaadin-select-value-button') {
                    r.target.removeAttribute('aria-required');
                  } else if (r.type === 'childList') {
                    r.addedNodes.forEach(n => n.querySelectorAll && fix(n.parentNode || n));
                  }
                }
              }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-required'] });
            }
            """;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(SCRIPT));
    }
}
