package be.hestia.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import be.hestia.common.BadInputs.BadInput;
import be.hestia.testsupport.Api;
import be.hestia.testsupport.Contract;
import be.hestia.testsupport.DatabaseFingerprint;
import be.hestia.testsupport.OperationFixtures;
import be.hestia.testsupport.OperationFixtures.Call;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every operation of openapi.yaml, called by a user who may, with input its contract forbids or never imagined
 * (see {@link BadInputs}): nothing answers 5xx, every 4xx is a problem document with a code (naming the field
 * when a field was spoiled), and a refused request changes nothing in the database.
 */
@QuarkusTest
class ContractBadInputTest {

    @TestFactory
    Stream<DynamicNode> everyOperationRefusesBadInputAndChangesNothing() {
        return Contract.operations().stream().map(op -> {
            Call valid = OperationFixtures.prepare(op.id());
            Database database = new Database();
            return dynamicContainer(op.toString(), BadInputs.of(op, valid).stream()
                    .map(input -> dynamicTest(input.name(), () -> check(op, input, database))));
        });
    }

    private static void check(Contract.Operation op, BadInput input, Database database) {
        String what = op.id() + " with " + input.name() + ": ";
        Map<String, String> before = database.fingerprint();
        Response response = input.call().send(given().auth().oauth2(Api.token(input.call().user())), op);
        int status = response.statusCode();
        assertThat(status).as(what + "status").isLessThan(500);
        if (input.forbidden()) {
            assertThat(status).as(what + "status of a request the contract forbids").isBetween(400, 499);
        }
        if (status < 400) {
            database.changed(); // an input the contract never imagined may be taken
            return;
        }
        assertThat(response.contentType()).as(what + "content type").startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("code")).as(what + "problem code").isNotBlank();
        assertThat(response.jsonPath().getInt("status")).as(what + "problem status").isEqualTo(status);
        String field = spoiledField(input.name());
        if (field != null && status == 400) {
            List<String> fields = response.jsonPath().getList("violations.field", String.class);
            assertThat(fields).as(what + "violations of " + response.asString()).isNotNull()
                    .anySatisfy(named -> assertThat(named).contains(field));
        }
        Map<String, String> after = DatabaseFingerprint.take();
        if (!after.equals(before)) {
            database.changed();
        }
        assertThat(after).as(what + "the database after a refused request").isEqualTo(before);
    }

    /** The fingerprint before the next input: taken again only after one was taken, as refusals change nothing. */
    private static final class Database {

        private Map<String, String> last;

        Map<String, String> fingerprint() {
            if (last == null) {
                last = DatabaseFingerprint.take();
            }
            return last;
        }

        void changed() {
            last = null;
        }
    }

    /** The body property a spoil targets ("body [members, 0, firstName] = …" names firstName), else null. */
    private static String spoiledField(String name) {
        if (!name.startsWith("body [")) {
            return null;
        }
        String path = name.substring("body [".length(), name.indexOf(']'));
        String[] steps = path.split(", ");
        return steps[steps.length - 1];
    }
}
