package org.edhub.kentucky.extract;

import java.util.SortedMap;

/** A row of the CASELOAD report (R9): a case manager (0 for none active), their students and disability counts. */
public record CaseloadRow(String endYear, String districtNumber, String districtName, String caseManagerId,
                          int studentCount, SortedMap<String, Integer> byDisability) {
}
