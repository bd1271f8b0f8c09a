package org.edhub.texas.web;

import org.edhub.texas.Pr1500Level;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.edhub.core.table.Row;

/** The teachers behind one count: a campus, an assignment (blank for the campus total) and a count column. */
public record TeacherQuery(String campus, String assignment, String column) {

    public TeacherQuery {
        assignment = assignment == null || assignment.isBlank() ? null : assignment;
        column = column == null || column.isBlank() ? Pr1500Columns.TOTAL : column;
    }

    public boolean test(Pr1500Level level, Row teacher) {
        return level.label().equals(teacher.get(Pr1500Columns.REPORT))
                && campus.equals(teacher.get(Pr1500Columns.CAMPUS))
                && (assignment == null || assignment.equals(teacher.get(Pr1500Columns.ASSIGNMENT)))
                && Pr1500Columns.counts(teacher, column);
    }

    static String href(String teachersPath, String campus, String assignment, String column) {
        return teachersPath + "?campus=" + enc(campus) + (assignment == null ? "" : "&assignment=" + enc(assignment))
                + "&column=" + enc(column);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
