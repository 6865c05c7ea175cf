package io.kaola.customs.declaration.rpc;

import io.kaola.customs.api.CustomsSandboxAdminService;
import io.kaola.customs.api.SandboxScript;
import io.kaola.customs.declaration.application.ScriptSandbox;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * Ops scripting of the customs sandbox (gateway only). Exported always, so that without the sandbox profile the
 * answer is a clear CUSTOMS_SANDBOX_DISABLED rather than "no provider".
 */
@DubboService
public class CustomsSandboxAdminServiceProvider implements CustomsSandboxAdminService {
    private final ScriptSandbox scripts;

    public CustomsSandboxAdminServiceProvider(ScriptSandbox scripts) { this.scripts = scripts; }

    @Override
    public void script(String orderNo, SandboxScript script) { scripts.script(orderNo, script); }
}
