package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Works around ARIA mistakes inside Vaadin's own components until they are fixed upstream:
 * {@code vaadin-select} puts {@code aria-required} on its value button, whose role (button) does
 * not allow it (vaadin/web-components#7337; assistive technology ignores it there anyway, and the
 * required indicator is in the field's label); and {@code vaadin-tabs} (role tablist) keeps a
 * {@code tabindex="-1"} scroll container in its shadow root, which axe counts as a child a tablist may
 * not have (it is only a scroll box: the tabs themselves keep their roving tab index). A small
 * observer removes both whenever they appear.
 */
@Component
class AccessibilityShims implements VaadinServiceInitListener {

    static final String SCRIPT = """
            if (!window.smA11yShims) {
              window.smA11yShims = true;
              const fixTabs = t => {
                const scroll = t.shadowRoot && t.shadowRoot.getElementById('scroll');
                if (scroll) scroll.removeAttribute('tabindex');
              };
              const fix = root => {
                root.querySelectorAll('vaadin-select-value-button[aria-required]').forEach(b => b.removeAttribute('aria-required'));
                root.querySelectorAll('vaadin-tabs').forEach(t => customElements.whenDefined('vaadin-tabs')
                    .then(() => t.updateComplete || Promise.resolve()).then(() => fixTabs(t)));
              };
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
