package org.edhub.kentucky.validation;

import org.edhub.core.issue.Rule;
import org.edhub.core.issue.RuleText;

/**
 * One kind of validation finding as a rule: its stable code (never reused for another meaning), the severity of the
 * category it is found in (Error, or Out of Field and Warning as warnings), its title in the words of the LEAD
 * results, and what a district does about it, in its words.
 */
public record Fix(RuleText text) implements Rule {
}
