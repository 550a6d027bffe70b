package no.rhf.servicemiljo.architecture;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public method of every application service says on the server who may call it
 * ({@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll}, on the method or the class).
 * A new service method without a decision fails the build.
 */
class ServiceSecurityTest {

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> undecided = new ArrayList<>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("no.rhf.servicemiljo")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            if (UserDetailsService.class.isAssignableFrom(type) || !Modifier.isPublic(type.getModifiers())) {
                continue; // sign-in itself runs before anyone is signed in; package-private services are internal
            }
            boolean classDecides = decides(type.getAnnotations());
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                    checked++;
                    if (!classDecides && !decides(method.getAnnotations())) {
                        undecided.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(checked > 20, "expected to check the services' methods, checked " + checked);
        assertTrue(undecided.isEmpty(), "service methods without @RolesAllowed/@PermitAll/@DenyAll: " + undecided);
    }

    private static boolean decides(java.lang.annotation.Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a instanceof RolesAllowed || a instanceof PermitAll || a instanceof DenyAll);
    }
}
