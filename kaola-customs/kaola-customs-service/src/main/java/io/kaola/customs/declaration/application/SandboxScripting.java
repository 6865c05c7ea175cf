package io.kaola.customs.declaration.application;

import io.kaola.customs.api.SandboxScript;

/** The customs sandbox's scripting (implemented only with the sandbox profile). */
public interface SandboxScripting {
    /** Scripts the next declaration of one document of one order. */
    void script(String orderNo, SandboxScript script);
}
