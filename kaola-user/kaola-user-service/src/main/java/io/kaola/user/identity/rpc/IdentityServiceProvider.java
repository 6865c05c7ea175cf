package io.kaola.user.identity.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.VerifiedBuyer;
import io.kaola.user.api.VerifyIdentityRequest;
import io.kaola.user.identity.application.BuyerIdentities;
import io.kaola.user.identity.application.VerifyIdentity;
import io.kaola.user.identity.domain.VerifiedIdentity;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/** Dubbo provider of {@link IdentityService}. Reads may be retried; verify is not (it calls the provider). */
@DubboService(timeout = 3000, retries = 0, methods = {
        @Method(name = "verify", timeout = 5000, retries = 0),
        @Method(name = "getIdentity", timeout = 1000, retries = 2),
        @Method(name = "requireVerifiedBuyer", timeout = 1000, retries = 2),
        @Method(name = "declarationIdentity", timeout = 1000, retries = 2)})
public class IdentityServiceProvider implements IdentityService {
    private final VerifyIdentity verifyIdentity;
    private final BuyerIdentities buyers;

    public IdentityServiceProvider(VerifyIdentity verifyIdentity, BuyerIdentities buyers) {
        this.verifyIdentity = verifyIdentity;
        this.buyers = buyers;
    }

    @Override
    public IdentityView verify(VerifyIdentityRequest request) throws KaolaException {
        return toView(verifyIdentity.verify(request.userId(), request.name(), request.idNumber()));
    }

    @Override
    public IdentityView getIdentity(long userId) throws KaolaException {
        return buyers.find(userId).map(IdentityServiceProvider::toView)
                .orElseGet(() -> new IdentityView(userId, IdentityStatus.NONE, null, null, null));
    }

    @Override
    public VerifiedBuyer requireVerifiedBuyer(long userId) throws KaolaException {
        VerifiedIdentity identity = buyers.requireVerified(userId);
        return new VerifiedBuyer(userId, identity.name().value(), identity.maskedIdNumber(), identity.identityKey());
    }

    @Override
    public DeclarationIdentity declarationIdentity(long userId) throws KaolaException {
        return buyers.declaration(userId);
    }

    static IdentityView toView(VerifiedIdentity identity) {
        return new IdentityView(identity.userId(), IdentityStatus.VERIFIED, identity.name().value(),
                identity.maskedIdNumber(), identity.verifiedAt());
    }
}
