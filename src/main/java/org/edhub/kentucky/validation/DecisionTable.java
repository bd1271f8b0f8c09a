package org.edhub.kentucky.validation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An ordered list of rules, the first whose condition holds decides (spec: "The first rule that applies decides").
 *
 * @param <T> the facts one validation looks at
 */
public final class DecisionTable<T> {

    /** One row: when {@code condition} holds, the category, the result text and the fix (null for Clear). */
    public record Rule<T>(int number, Predicate<T> condition, ValidationCategory category,
                          Function<T, String> result, Function<T, Fix> fix) {
    }

    private final List<Rule<T>> rules;
    private final Function<T, String> detail;

    /** @param detail the detail every result of this table shows */
    public DecisionTable(List<Rule<T>> rules, Function<T, String> detail) {
        this.rules = List.copyOf(rules);
        this.detail = detail;
    }

    public List<Rule<T>> rules() {
        return rules;
    }

    public ValidationResult decide(T facts) {
        for (Rule<T> rule : rules) {
            if (rule.condition().test(facts)) {
                return new ValidationResult(rule.number(), rule.category(), rule.result().apply(facts),
                        rule.fix().apply(facts), detail.apply(facts));
            }
        }
        throw new IllegalStateException("No rule of the table applies: its last rule must always hold");
    }

    public static <T> Rule<T> clear(int number, Predicate<T> condition, String result) {
        return new Rule<>(number, condition, ValidationCategory.CLEAR, f -> result, f -> null);
    }

    public static <T> Rule<T> error(int number, Predicate<T> condition, String result, Fix fix) {
        return new Rule<>(number, condition, ValidationCategory.ERROR, f -> result, f -> fix);
    }

    public static <T> Rule<T> outOfField(int number, Predicate<T> condition, Function<T, String> result, Fix fix) {
        return new Rule<>(number, condition, ValidationCategory.OUT_OF_FIELD, result, f -> fix);
    }
}
