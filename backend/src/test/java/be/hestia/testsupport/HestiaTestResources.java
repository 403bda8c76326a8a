package be.hestia.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs against one real PostgreSQL and one real Keycloak (see TestStack). */
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
public final class HestiaTestResources {

    private HestiaTestResources() {
    }
}
