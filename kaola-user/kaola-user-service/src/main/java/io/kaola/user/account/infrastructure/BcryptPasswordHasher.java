package io.kaola.user.account.infrastructure;

import io.kaola.user.account.domain.PasswordHasher;
import io.kaola.user.account.domain.PasswordPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;

/** bcrypt with cost 10 (about 2^10 rounds of expansion, tens of milliseconds per hash). */
@Component
public class BcryptPasswordHasher implements PasswordHasher {
    static final int STRENGTH = 10;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(STRENGTH);
    /** Hash of a random secret nobody knows: compared against when the email has no account. */
    private final String dummyHash = encoder.encode(randomSecret());

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        // bcrypt would compare only the first 72 bytes of a longer password; such a password was never stored
        boolean usable = PasswordPolicy.fitsBcrypt(password) && hash != null;
        boolean matched = encoder.matches(usable ? password : "not-a-password", usable ? hash : dummyHash);
        return usable && matched;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
