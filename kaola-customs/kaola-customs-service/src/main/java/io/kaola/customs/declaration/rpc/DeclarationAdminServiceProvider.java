package io.kaola.customs.declaration.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.customs.api.DeclarationAdminService;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.DeclarationSummary;
import io.kaola.customs.api.DeclarationView;
import io.kaola.customs.declaration.application.DeclarationQueries;
import io.kaola.customs.declaration.application.ResendDeclaration;
import org.apache.dubbo.config.annotation.DubboService;

/** The ops API of declarations (gateway only, {@code @CallableBy} on the interface). */
@DubboService(timeout = 15_000)
public class DeclarationAdminServiceProvider implements DeclarationAdminService {
    private final DeclarationQueries queries;
    private final ResendDeclaration resend;

    public DeclarationAdminServiceProvider(DeclarationQueries queries, ResendDeclaration resend) {
        this.queries = queries;
        this.resend = resend;
    }

    @Override
    public Page<DeclarationSummary> listDeclarations(DeclarationStatus status, PageRequest page) {
        return queries.list(status, page == null ? new PageRequest(0, 20) : page);
    }

    @Override
    public DeclarationView getDeclaration(String orderNo) {
        return queries.get(required(orderNo));
    }

    @Override
    public DeclarationView resend(String orderNo) {
        resend.resend(required(orderNo));
        return queries.get(orderNo);
    }

    private static String required(String orderNo) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 64) {
            throw CommonError.INVALID_REQUEST.exception("orderNo is required (at most 64 characters)");
        }
        return orderNo;
    }
}
