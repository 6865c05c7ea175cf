package io.kaola.promotion.api;

import java.io.Serializable;
import java.time.Instant;

/** @param token one-time attempt token (32 hex characters); @param expiresAt when it stops being accepted */
public record AttemptToken(String token, Instant expiresAt) implements Serializable {}
