package org.edhub.kentucky.validation;

/**
 * What a district does about one kind of finding, in its words, with the stable rule code its run issues carry.
 *
 * @param code the rule code of the run issue (never reused for another meaning)
 */
public record Fix(String code, String text) {
}
