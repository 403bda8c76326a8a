package be.hestia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** By default no peer is a trusted proxy: a client cannot choose the address the access log records. */
@QuarkusTest
class ClientAddressTest {

    @Test
    void aForgedForwardedForHeaderIsIgnoredAndTheRealPeerIsRecorded() {
        assertThat(RecordedClientAddress.whenForwardedFor(RecordedClientAddress.NAMED_CLIENT))
                .isEqualTo("127.0.0.1");
    }
}
