package no.rhf.servicemiljo.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.vaadin.flow.router.Route;
import no.rhf.servicemiljo.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feature modules keep their boundaries: no cycles, and no module reaches into another's
 * internals (its sub-packages, where the views live). The shared kernel ({@code base}) depends on
 * no module. Writes the module map to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theSharedKernelDependsOnNoModule() {
        ApplicationModule kernel = MODULES.getModuleByName("base").orElseThrow();
        List<String> used = kernel.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getDisplayName).toList();
        assertEquals(List.of(), used, "base imports no feature");
    }

    /** Views live in a module's internal {@code ui} package, so no other feature can import one: they link by route. */
    @Test
    void everyViewIsInternalToItsModule() {
        List<JavaClass> views = MODULES.stream().flatMap(module -> module.getBasePackage().stream())
                .filter(type -> type.isAnnotatedWith(Route.class)).toList();
        List<String> exposed = views.stream()
                .filter(view -> MODULES.getModuleByType(view).orElseThrow().isExposed(view)).map(JavaClass::getName).toList();
        assertTrue(views.size() > 15, "found the views: " + views.size());
        assertEquals(List.of(), exposed);
    }

    @Test
    void documentsTheModules() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertTrue(MODULES.stream().count() >= 10, "the features are found as modules");
    }
}
