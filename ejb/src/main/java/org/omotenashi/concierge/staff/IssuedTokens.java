package org.omotenashi.concierge.staff;

import java.time.Duration;

/** What a successful sign-in or refresh returns: a short-lived access token and a refresh token. */
public record IssuedTokens(String accessToken, String refreshToken, Duration accessTokenLifetime) {}
