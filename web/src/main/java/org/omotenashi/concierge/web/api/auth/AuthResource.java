package org.omotenashi.concierge.web.api.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.staff.IssuedTokens;
import org.omotenashi.concierge.staff.TokenService;

/** Staff sign-in for API clients: a password for a token pair, and a refresh token for a new pair. */
@Path("v1/auth")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff authentication")
public class AuthResource {
  @Inject TokenService tokens;

  // Request records declare their canonical constructor so that the constraints stay on the
  // components: Payara's OpenAPI scanner fails on constraints it finds on constructor parameters.

  public record LoginRequest(
      @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password) {
    public LoginRequest(String username, String password) {
      this.username = username;
      this.password = password;
    }
  }

  public record RefreshRequest(@NotBlank @Size(max = 256) String refreshToken) {
    public RefreshRequest(String refreshToken) {
      this.refreshToken = refreshToken;
    }
  }

  public record TokenResponse(
      String accessToken, String refreshToken, String tokenType, long expiresIn) {
    static TokenResponse of(IssuedTokens issued) {
      return new TokenResponse(
          issued.accessToken(),
          issued.refreshToken(),
          "Bearer",
          issued.accessTokenLifetime().toSeconds());
    }
  }

  @POST
  @Path("login")
  @Operation(summary = "Sign in with a user name and password; 401 when they are wrong")
  public TokenResponse login(@NotNull @Valid LoginRequest request) {
    return TokenResponse.of(tokens.login(request.username(), request.password()));
  }

  @POST
  @Path("refresh")
  @Operation(summary = "Trade a refresh token (usable once) for a new token pair")
  public TokenResponse refresh(@NotNull @Valid RefreshRequest request) {
    return TokenResponse.of(tokens.refresh(request.refreshToken()));
  }
}
