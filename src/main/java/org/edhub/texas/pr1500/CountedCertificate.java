package org.edhub.texas.pr1500;

/** A certificate of the ECOS file with the category it counts in and its grade range (see {@link Grades}). */
public record CountedCertificate(Certificate certificate, CredentialCategory category, int fromGrade, int toGrade) {
}
