package no.rhf.servicemiljo.benchmark;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import no.rhf.servicemiljo.security.PublicPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Registers the benchmark floor ({@link FloorView}) at {@code /floor}, open without login, when a benchmark sets
 * {@code servicemiljo.benchmark.floor=true}. Test code only: the app itself never has this route.
 */
@Component
@ConditionalOnProperty(name = "servicemiljo.benchmark.floor", havingValue = "true")
class FloorRoute implements VaadinServiceInitListener, PublicPaths {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute("floor", FloorView.class);
    }

    @Override
    public List<String> patterns() {
        return List.of("/floor");
    }
}
