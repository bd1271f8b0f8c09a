package org.edhub.hub.web.security;

/** What a dashboard user may see: a coordinator their own districts, an administrator every district. */
public enum Role {
    COORDINATOR, ADMIN
}
