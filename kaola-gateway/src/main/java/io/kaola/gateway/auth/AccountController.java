package io.kaola.gateway.auth;

import io.kaola.common.error.KaolaException;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.gateway.limits.EdgeLimits;
import io.kaola.user.api.UserError;
import jakarta.servlet.http.HttpServletRequest;
import io.kaola.user.api.LoginRequest;
import io.kaola.user.api.RegisterRequest;
import io.kaola.user.api.UserService;
import io.kaola.user.api.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, login (which issues the access token) and the caller's own account. Registration and failed
 * logins are rate limited per client IP and account ({@link EdgeLimits}; the client IP is the socket's remote
 * address, see docs/edge-limits.md).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Account", description = "Register, log in, who am I")
public class AccountController {
    private final UserService users;
    private final JwtTokens tokens;
    private final EdgeLimits limits;

    public AccountController(UserService users, JwtTokens tokens, EdgeLimits limits) {
        this.users = users;
        this.tokens = tokens;
        this.limits = limits;
    }

    @PostMapping("/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a shopper account",
            description = "Email is trimmed and compared case-insensitively; password 10..72 characters and not "
                    + "easy to guess (common passwords, sequences, the email itself are refused); displayName "
                    + "optional (defaults to the part of the email before '@'), no control or bidi characters. "
                    + "Limited per client IP (kaola.gateway.limits.register-per-ip, 20 per hour).")
    @ApiResponse(responseCode = "201", description = "The new account (role SHOPPER)")
    @ApiResponse(responseCode = "400", description = "USER_INVALID_EMAIL, USER_WEAK_PASSWORD, COMMON_INVALID_REQUEST")
    @ApiResponse(responseCode = "409", description = "USER_EMAIL_TAKEN")
    @ApiResponse(responseCode = "429", description = "COMMON_RATE_LIMITED, with Retry-After (seconds)")
    public UserView register(@RequestBody RegisterRequest request, HttpServletRequest http) {
        limits.acquireRegistration(http.getRemoteAddr());
        return users.register(request);
    }

    @PostMapping("/auth/login")
    @Operation(summary = "Log in and get an access token",
            description = "Send the accessToken as `Authorization: Bearer <token>` until it expires (expiresIn seconds). "
                    + "Failed logins are limited per account and client IP (5 per 15 min), per client IP (50 per "
                    + "15 min) and per account (20 per 5 min); over a limit the answer is 429 until the window has "
                    + "passed, whatever the password.")
    @ApiResponse(responseCode = "200", description = "Token and account")
    @ApiResponse(responseCode = "401", description = "USER_BAD_CREDENTIALS (unknown email or wrong password alike)")
    @ApiResponse(responseCode = "429", description = "COMMON_RATE_LIMITED, with Retry-After (seconds)")
    public LoginResponse login(@RequestBody LoginRequest request, HttpServletRequest http) {
        String clientIp = http.getRemoteAddr();
        limits.checkLogin(request.email(), clientIp);
        UserView user;
        try {
            user = users.authenticate(request);
        } catch (KaolaException e) {
            if (e.is(UserError.BAD_CREDENTIALS)) limits.loginFailed(request.email(), clientIp);
            throw e;
        }
        limits.loginSucceeded(request.email(), clientIp);
        return LoginResponse.of(tokens.issue(user), user);
    }

    @GetMapping("/me")
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "The caller's account")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "USER_NOT_FOUND (the account no longer exists)")
    public UserView me(Caller caller) {
        return users.findById(caller.userId());
    }
}
