package org.edhub.kentucky;

import java.util.List;

/** One KECS LEAD report before it is written: its name ({@code KECS_LEAD_Detail}), columns and rows. */
public record LeadTable(String name, List<String> header, List<List<Object>> rows) {
}
