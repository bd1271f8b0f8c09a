package org.edhub.texas.pr1500;

/**
 * A certificate of the ECOS file with the category it counts in (rule 5, {@link CountingRules#category}) and its grade
 * range (see {@link Grades}); whether it counts for a report is {@link CountingRules#counts}.
 */
public record CountedCertificate(Certificate certificate, CredentialCategory category, int fromGrade, int toGrade) {
}
