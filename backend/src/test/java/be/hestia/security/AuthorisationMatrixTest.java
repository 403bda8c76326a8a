package be.hestia.security;

import static be.hestia.testsupport.Api.anonymous;
import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.withForgedToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import be.hestia.testsupport.Contract;
import be.hestia.testsupport.DatabaseFingerprint;
import be.hestia.testsupport.OperationFixtures;
import be.hestia.testsupport.OperationFixtures.Call;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of openapi.yaml, with real Keycloak tokens: 401 without a token and with a forged one; 403 for
 * every realm role its {@code x-hestia-roles} leaves out; 404 (never 403, never the record) for another
 * organisation's record, with nothing changed; and 2xx for a caller who may.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    @Test
    void everyOperationOfTheContractHasAFixture() {
        TreeSet<String> missing = new TreeSet<>();
        Contract.operations().forEach(op -> missing.add(op.id()));
        missing.removeAll(OperationFixtures.operationIds());
        assertThat(missing).as("operations of openapi.yaml without a fixture in OperationFixtures").isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyOperation() {
        return Contract.operations().stream().map(op -> dynamicContainer(op.toString(), checks(op)));
    }

    /** In order: the 2xx comes last, since it may retire or delete the record. */
    private static Stream<DynamicNode> checks(Contract.Operation op) {
        Supplier<Call> call = once(() -> OperationFixtures.prepare(op.id()));
        List<DynamicNode> checks = new ArrayList<>();
        if (op.anonymous()) {
            // No token to refuse, no role to check: its own tests refuse a wrong key (CalendarFeedTest). The 2xx
            // comes without any token.
            checks.add(dynamicTest("2xx without a token", () -> {
                int status = call.get().send(anonymous(), op).then().extract().statusCode();
                assertThat(status).as("anonymous call of " + op).isBetween(200, 299);
            }));
            return checks.stream();
        }
        checks.add(dynamicTest("401 without a token", () -> call.get().send(anonymous(), op).then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("code", equalTo("unauthenticated"))));
        checks.add(dynamicTest("401 with a forged token", () -> call.get().send(withForgedToken(), op).then()
                .statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("unauthenticated"))));
        Users.roles().stream().sorted().filter(role -> !op.allows(role)).forEach(role -> checks.add(
                dynamicTest("403 as " + role, () -> call.get().send(as(Users.holding(role)), op).then()
                        .statusCode(403).contentType("application/problem+json")
                        .body("code", equalTo("forbidden")))));
        if (op.model().getResponses().containsKey("404")) { // it names a record, in its path or its body
            checks.add(dynamicTest("404 for another organisation, nothing changed", () -> {
                Call mine = call.get();
                String stranger = Users.atOtherOrganisation(mine.user());
                assertThat(stranger).as("a demo user of LLB with the role of " + mine.user()).isNotNull();
                Map<String, String> before = DatabaseFingerprint.take();
                mine.send(as(stranger), op).then()
                        .statusCode(404).contentType("application/problem+json")
                        .body("code", equalTo("not-found"));
                assertThat(DatabaseFingerprint.take()).isEqualTo(before);
            }));
        }
        checks.add(dynamicTest("2xx for a caller who may", () -> {
            Call mine = call.get();
            int status = mine.send(as(mine.user()), op).then().extract().statusCode();
            assertThat(status).as(mine.user() + " calling " + op).isBetween(200, 299);
        }));
        return checks.stream();
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }
}
