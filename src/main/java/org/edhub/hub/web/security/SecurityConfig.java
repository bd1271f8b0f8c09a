package org.edhub.hub.web.security;

import java.util.HashSet;
import java.util.Set;

import org.edhub.hub.district.Districts;
import org.edhub.hub.signin.SignInThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login for every page but the login page and the style sheet; the users come from {@code edhub.users}. Which
 * district a signed-in user may see is checked per request by {@link DistrictAccess}, not here.
 */
@Configuration
public class SecurityConfig {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    /** Scripts and styles from the hub only (the charts' SVG styles inline), no framing, no referrer to other sites. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The operator's endpoints (health, metrics) on the management port: no coordinator's sign-in. They are not served
     * on the dashboard's port, and the management port listens on loopback unless an operator opens it to monitoring.
     */
    @Bean
    @Order(0)
    public SecurityFilterChain operatorEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(m -> m.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain dashboardSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                                 SignInThrottle throttle) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new ThrottledSignIn(passwords, throttle)))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService dashboardUsers(WebUsers users, Districts districts) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        Set<String> seen = new HashSet<>();
        for (WebUsers.User u : users.users()) {
            require(u.username() != null && !u.username().isBlank(), "a user has no username");
            require(seen.add(u.username()), "user " + u.username() + " is configured twice");
            require(u.password() != null && u.password().startsWith("{"),
                    "user " + u.username() + ": the password needs its encoding prefix, e.g. {bcrypt}");
            u.districts().stream().filter(d -> districts.byId(d).isEmpty()).forEach(d ->
                    LOG.warn("edhub.users: user {} lists district {}, which is not configured; it sees nothing of it", u.username(), d));
            manager.createUser(User.withUsername(u.username()).password(u.password()).roles(u.role().name()).build());
        }
        return manager;
    }

    private static void require(boolean ok, String problem) {
        if (!ok) throw new IllegalStateException("edhub.users: " + problem);
    }
}
