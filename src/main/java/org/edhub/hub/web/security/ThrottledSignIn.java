package org.edhub.hub.web.security;

import java.time.Duration;

import org.edhub.hub.signin.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The dashboard's password check behind the {@link SignInThrottle}: a user or an address locked out after repeated
 * failures is refused before its password is checked, and every failure counts.
 */
final class ThrottledSignIn implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String user = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration locked = throttle.lockedFor(user, address);
        if (!locked.isZero()) {
            throttle.failed("dashboard", user, address);
            throw new LockedException("Too many failed sign-ins: try again in " + SignInThrottle.seconds(locked) + " s");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(user, address);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed("dashboard", user, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
