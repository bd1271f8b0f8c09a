package org.edhub.hub.web.security;

import java.util.List;

import org.edhub.hub.district.District;
import org.edhub.hub.district.Districts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which districts the signed-in user may see: every district for an administrator, the configured ones for a
 * coordinator. Every page and download of a district or a run asks {@link #require}; a refusal is a 403.
 */
@Component
public class DistrictAccess {
    private final WebUsers users;
    private final Districts districts;

    public DistrictAccess(WebUsers users, Districts districts) {
        this.users = users;
        this.districts = districts;
    }

    public boolean allows(String districtId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return false;
        return users.named(auth.getName())
                .map(u -> u.role() == Role.ADMIN || u.districts().contains(districtId))
                .orElse(false);
    }

    /** The district, when the signed-in user may see it; otherwise a 403, whether or not the district exists. */
    public District require(String districtId) {
        if (!allows(districtId)) throw new AccessDeniedException("No access to district " + districtId);
        return districts.byId(districtId).orElseThrow(() -> new AccessDeniedException("No district " + districtId));
    }

    public List<District> visible() {
        return districts.all().stream().filter(d -> allows(d.id())).toList();
    }
}
