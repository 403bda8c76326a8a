package be.hestia.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import be.hestia.testsupport.Contract;
import be.hestia.testsupport.Users;
import io.quarkus.security.Authenticated;

/**
 * The roles of every operation are written twice: {@code x-hestia-roles} in openapi.yaml (what the SPA and the
 * tests read) and {@code @RolesAllowed} on the Java method implementing it (what Quarkus enforces). Neither may
 * drift from the other.
 */
class RolesFollowTheContractTest {

    private static final String GENERATED_API = "be.hestia.api";

    @Test
    void everyOperationIsImplementedWithExactlyTheRolesOfTheContract() {
        Map<String, Set<String>> contract = new TreeMap<>();
        Contract.operations().forEach(op -> contract.put(op.id(), op.roles()));

        assertThat(implementedRoles()).isEqualTo(contract);
    }

    @Test
    void theContractNamesOnlyRealmRolesAndEachHasADemoUser() throws IllegalAccessException {
        Set<String> realm = new HashSet<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                realm.add((String) field.get(null));
            }
        }
        assertThat(Users.roles()).as("roles with a demo user in Users, for the 403s of AuthorisationMatrixTest")
                .containsExactlyInAnyOrderElementsOf(realm);
        realm.add(Contract.ANY_SIGNED_IN);
        realm.add(Contract.ANONYMOUS);
        Contract.operations().forEach(op -> assertThat(realm).as(op.id()).containsAll(op.roles()));
    }

    /** operationId (the generated interface's method name) to the roles its implementation allows. */
    private static Map<String, Set<String>> implementedRoles() {
        Map<String, Set<String>> implemented = new TreeMap<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.hestia")) {
            for (JavaClass api : resource.getRawInterfaces()) {
                if (!api.getPackageName().equals(GENERATED_API)) {
                    continue;
                }
                Class<?> implementation = resource.reflect();
                for (Method operation : api.reflect().getDeclaredMethods()) {
                    try {
                        Method method = implementation.getMethod(operation.getName(), operation.getParameterTypes());
                        implemented.put(operation.getName(), roles(method));
                    } catch (NoSuchMethodException e) {
                        throw new AssertionError(implementation + " does not implement " + operation, e);
                    }
                }
            }
        }
        return implemented;
    }

    /** What Quarkus enforces: the method's annotation, else the class's. */
    private static Set<String> roles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of(Contract.ANONYMOUS);
        }
        Set<String> onMethod = roles(method.getAnnotation(RolesAllowed.class), method.isAnnotationPresent(
                Authenticated.class));
        if (onMethod != null) {
            return onMethod;
        }
        Class<?> type = method.getDeclaringClass();
        Set<String> onClass = roles(type.getAnnotation(RolesAllowed.class), type.isAnnotationPresent(
                Authenticated.class));
        return onClass == null ? Set.of() : onClass;
    }

    private static Set<String> roles(RolesAllowed allowed, boolean authenticated) {
        if (allowed != null) {
            return Arrays.stream(allowed.value()).collect(Collectors.toUnmodifiableSet());
        }
        return authenticated ? Set.of(Contract.ANY_SIGNED_IN) : null;
    }
}
