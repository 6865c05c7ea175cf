package io.kaola.user.api;

/** Real-name state of an account: NONE until a name + identity number pair is verified. */
public enum IdentityStatus { NONE, VERIFIED }
