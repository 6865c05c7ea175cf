package io.kaola.common.boot.rpc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerIdentityTest {
    @Test
    void the_caller_is_the_common_name_of_its_certificate() {
        assertThat(CallerAuthorizationFilter.CallerIdentity.commonName("CN=kaola-payment,OU=service plane,O=Kaola"))
                .contains("kaola-payment");
        assertThat(CallerAuthorizationFilter.CallerIdentity.commonName("OU=service plane,O=Kaola")).isEmpty();
        assertThat(CallerAuthorizationFilter.CallerIdentity.commonName("not a name")).isEmpty();
    }

    @Test
    void without_a_tls_session_there_is_no_caller() {
        assertThat(CallerAuthorizationFilter.CallerIdentity.of(null)).isEmpty();
        assertThat(CallerAuthorizationFilter.CallerIdentity.of("kaola-payment")).isEmpty();
    }
}
