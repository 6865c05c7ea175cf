package io.kaola.gateway.auth;

import io.kaola.gateway.config.OpenApiConfig;
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

/** Registration, login (which issues the access token) and the caller's own account. */
@RestController
@RequestMapping("/api")
@Tag(name = "Account", description = "Register, log in, who am I")
public class AccountController {
    private final UserService users;
    private final JwtTokens tokens;

    public AccountController(UserService users, JwtTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @PostMapping("/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a shopper account",
            description = "Email is trimmed and compared case-insensitively; password 8..72 characters; "
                    + "displayName optional (defaults to the part of the email before '@').")
    @ApiResponse(responseCode = "201", description = "The new account (role SHOPPER)")
    @ApiResponse(responseCode = "400", description = "USER_INVALID_EMAIL, USER_WEAK_PASSWORD, COMMON_INVALID_REQUEST")
    @ApiResponse(responseCode = "409", description = "USER_EMAIL_TAKEN")
    public UserView register(@RequestBody RegisterRequest request) {
        return users.register(request);
    }

    @PostMapping("/auth/login")
    @Operation(summary = "Log in and get an access token",
            description = "Send the accessToken as `Authorization: Bearer <token>` until it expires (expiresIn seconds).")
    @ApiResponse(responseCode = "200", description = "Token and account")
    @ApiResponse(responseCode = "401", description = "USER_BAD_CREDENTIALS (unknown email or wrong password alike)")
    public LoginResponse login(@RequestBody LoginRequest request) {
        UserView user = users.authenticate(request);
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
