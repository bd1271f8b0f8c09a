package org.edhub.texas.web;

import java.util.Set;

/**
 * The findings of a run new since the previous run ({@link org.edhub.core.issue.FindingKey} keys), as the PR1500 pages
 * mark them: a campus or a teacher is marked when a new finding names its ID (PR1500 findings name the teacher and
 * campus they are about).
 */
public record NewFindings(Set<String> keys) {

    /** Whether a new finding names {@code id} (a 9-digit campus ID or a 10-digit TX Unique Staff ID). */
    public boolean mention(String id) {
        if (id == null || id.isBlank()) return false;
        for (String key : keys) {
            if (key.contains(id)) return true;
        }
        return false;
    }
}
