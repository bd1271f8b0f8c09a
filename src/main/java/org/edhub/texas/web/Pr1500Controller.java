package org.edhub.texas.web;

import org.edhub.texas.Pr1500Level;

import java.util.List;

import org.edhub.core.page.RunOutputs;
import org.edhub.core.page.ShownRun;
import org.edhub.core.table.CsvTables;
import org.edhub.core.table.Table;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The PR1500 Elementary and Secondary tables per campus, and the teachers behind each count. */
@Controller
public class Pr1500Controller {
    private final RunOutputs runs;

    public Pr1500Controller(RunOutputs runs) {
        this.runs = runs;
    }

    @GetMapping("/runs/{runId}/pr1500/{slug}")
    public String report(@PathVariable long runId, @PathVariable String slug, Model model) {
        ShownRun open = runs.open(runId);
        Pr1500Level level = level(slug);
        Table report = CsvTables.read(runs.output(runId, level.fileName()));
        model.addAttribute("run", open);
        model.addAttribute("district", open.district());
        model.addAttribute("level", level);
        model.addAttribute("levels", Pr1500Level.values());
        model.addAttribute("columns", Pr1500Columns.counts(report));
        model.addAttribute("campuses", CampusTable.of(report, "/runs/" + runId + "/pr1500/" + slug + "/teachers"));
        model.addAttribute("newFindings", new NewFindings(runs.newFindings(runId)));
        return "texas/pr1500";
    }

    @GetMapping("/runs/{runId}/pr1500/{slug}/teachers")
    public String teachers(@PathVariable long runId, @PathVariable String slug, @RequestParam String campus,
                           @RequestParam(required = false) String assignment, @RequestParam(required = false) String column,
                           Model model) {
        ShownRun open = runs.open(runId);
        Pr1500Level level = level(slug);
        TeacherQuery query = new TeacherQuery(campus, assignment, column);
        Table teachers = CsvTables.read(runs.output(runId, Pr1500Level.TEACHERS_FILE));
        List<String> columns = teachers.headers().stream().filter(h -> !Pr1500Columns.TEACHER_CONTEXT.contains(h)).toList();
        model.addAttribute("run", open);
        model.addAttribute("district", open.district());
        model.addAttribute("level", level);
        model.addAttribute("query", query);
        model.addAttribute("columns", columns);
        model.addAttribute("teachers", teachers.filter(t -> query.test(level, t)).rows());
        model.addAttribute("newFindings", new NewFindings(runs.newFindings(runId)));
        return "texas/teachers";
    }

    private static Pr1500Level level(String slug) {
        return Pr1500Level.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No PR1500 report " + slug));
    }
}
