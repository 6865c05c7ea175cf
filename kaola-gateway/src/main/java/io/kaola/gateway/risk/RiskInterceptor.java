package io.kaola.gateway.risk;

import io.kaola.common.risk.RiskError;
import io.kaola.common.risk.RiskSubjects;
import io.kaola.gateway.auth.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a blocked client IP, and a blocked user id when the request carries a verified access token, with 403
 * RISK_BLOCKED before any service is asked (registered after the AuthInterceptors, on every /api path but the ops
 * admin API, so that ops can always undo a block). The answer does not say which list matched; the log line and the
 * block count do ({@link RiskBlocks}).
 */
public class RiskInterceptor implements HandlerInterceptor {
    private final GatewayBlocklist blocklist;
    private final RiskBlocks blocks;

    public RiskInterceptor(GatewayBlocklist blocklist, RiskBlocks blocks) {
        this.blocklist = blocklist;
        this.blocks = blocks;
    }

    /** @throws io.kaola.common.error.KaolaException RISK_BLOCKED (403) */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var list = blocklist.compiled();
        String ip = request.getRemoteAddr();
        if (list.blocksIp(ip)) {
            blocks.blocked("blocklist.ip", RiskSubjects.ip(ip));
            throw refused();
        }
        if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller && list.blocksUser(caller.userId())) {
            blocks.blocked("blocklist.user", RiskSubjects.user(caller.userId()));
            throw refused();
        }
        return true;
    }

    private static io.kaola.common.error.KaolaException refused() {
        return RiskError.BLOCKED.exception("this request was refused by risk control; contact customer service if you think this is a mistake");
    }
}
