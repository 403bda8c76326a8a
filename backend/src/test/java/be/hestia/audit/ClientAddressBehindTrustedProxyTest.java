package be.hestia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Behind the configured proxy (here: the test client's own address), the access log records the client it names. */
@QuarkusTest
@TestProfile(ClientAddressBehindTrustedProxyTest.LocalProxyTrusted.class)
class ClientAddressBehindTrustedProxyTest {

    public static class LocalProxyTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("HESTIA_TRUSTED_PROXIES", "127.0.0.1");
        }
    }

    @Test
    void theClientNamedByTheTrustedProxyIsRecorded() {
        assertThat(RecordedClientAddress.whenForwardedFor(RecordedClientAddress.NAMED_CLIENT))
                .isEqualTo(RecordedClientAddress.NAMED_CLIENT);
    }
}
