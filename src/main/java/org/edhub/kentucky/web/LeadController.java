package org.edhub.kentucky.web;

import org.edhub.kentucky.ResultTable;

import java.io.ByteArrayOutputStream;

import org.edhub.core.page.RunOutputs;
import org.edhub.core.page.ShownRun;
import org.edhub.core.table.CsvTables;
import org.edhub.core.table.Table;
import org.edhub.core.table.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** LEAD validation results of a run: charts that filter, filters, rows with details, and the filtered table to download. */
@Controller
public class LeadController {
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final RunOutputs runs;

    public LeadController(RunOutputs runs) {
        this.runs = runs;
    }

    @GetMapping("/runs/{runId}/lead/{slug}")
    public String results(@PathVariable long runId, @PathVariable String slug, LeadFilter filter, Model model) {
        ShownRun open = runs.open(runId);
        ResultTable table = table(slug);
        String base = "/runs/" + runId + "/lead/" + slug;
        model.addAttribute("run", open);
        model.addAttribute("district", open.district());
        model.addAttribute("base", base);
        model.addAttribute("page", LeadPage.build(base, table, read(runId, table), filter, runs.newFindings(runId)));
        model.addAttribute("tables", ResultTable.values());
        return "kentucky/lead";
    }

    @GetMapping("/runs/{runId}/lead/{slug}/export.{format}")
    public ResponseEntity<byte[]> export(@PathVariable long runId, @PathVariable String slug,
                                                        @PathVariable String format, LeadFilter filter) {
        ResultTable table = table(slug);
        Table rows = read(runId, table).filter(filter::test);
        String name = table.fileName().replace(".csv", "") + "_run" + runId + "." + format;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        MediaType type;
        if (format.equals("csv")) {
            TableExport.csv(rows, body);
            type = MediaType.parseMediaType("text/csv");
        } else if (format.equals("xlsx")) {
            TableExport.xlsx(rows, table.label(), body);
            type = XLSX;
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No export as " + format);
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body.toByteArray());
    }

    private Table read(long runId, ResultTable table) {
        return CsvTables.read(runs.output(runId, table.fileName()));
    }

    private static ResultTable table(String slug) {
        return ResultTable.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No LEAD table " + slug));
    }
}
