package org.edhub.core.issue;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The problem each rule code stands for, in its state's words: the title of the finding its issues make. */
public final class RuleTitles {
    private final Map<String, String> byCode = new HashMap<>();

    private RuleTitles() {
    }

    /** Throws when two rules share a code but not a title: a code is never reused for another meaning. */
    public static RuleTitles of(Collection<? extends Rule> rules) {
        RuleTitles titles = new RuleTitles();
        for (Rule rule : rules) {
            if (rule.title() == null) continue;
            String known = titles.byCode.putIfAbsent(rule.code(), rule.title());
            if (known != null && !known.equals(rule.title())) {
                throw new IllegalArgumentException("Rule " + rule.code() + " has two titles: '" + known + "' and '" + rule.title() + "'");
            }
        }
        return titles;
    }

    /** The rule's title, or its code when it has none. */
    public String of(String code) {
        return byCode.getOrDefault(code, code);
    }
}
