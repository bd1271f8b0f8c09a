package org.edhub.hub.web.runs;

import java.util.Comparator;
import java.util.List;

import org.edhub.hub.deadline.DeadlineCalendar;
import org.edhub.hub.deadline.DeadlineStatus;
import org.edhub.hub.district.District;
import org.edhub.hub.run.RunRecord;
import org.edhub.hub.run.RunStore;
import org.edhub.hub.web.security.DistrictAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The districts the user may see, and the runs of one district per school year. */
@Controller
public class DistrictController {
    private final DistrictAccess access;
    private final RunStore runs;
    private final DeadlineCalendar deadlines;

    public DistrictController(DistrictAccess access, RunStore runs, DeadlineCalendar deadlines) {
        this.access = access;
        this.runs = runs;
        this.deadlines = deadlines;
    }

    /** A district with its number of runs and its latest run, if any. */
    public record DistrictSummary(District district, int runs, RunRecord latest) {
    }

    @GetMapping("/")
    public String districts(Model model) {
        model.addAttribute("districts", access.visible().stream().map(this::summary).toList());
        return "districts";
    }

    @GetMapping("/districts/{districtId}")
    public String district(@PathVariable String districtId, @RequestParam(required = false) String year, Model model) {
        District district = access.require(districtId);
        List<RunRecord> all = runs.ofDistrict(districtId);
        List<String> years = all.stream().map(RunRecord::schoolYear).distinct().sorted(Comparator.reverseOrder()).toList();
        String shown = year != null ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("district", district);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("runs", all.stream().filter(r -> r.schoolYear().equals(shown))
                .sorted(Comparator.comparingLong(RunRecord::id).reversed()).toList());
        addDeadlines(model, district, shown);
        return "district";
    }

    /** The district's next deadline and the deadlines of the year shown; a table that cannot be read, said as such. */
    private void addDeadlines(Model model, District district, String year) {
        try {
            List<DeadlineStatus> all = deadlines.statuses(district);
            model.addAttribute("nextDeadline", DeadlineCalendar.next(all, null).orElse(null));
            model.addAttribute("deadlines", all.stream().filter(s -> s.deadline().schoolYear().equals(year)).toList());
        } catch (IllegalArgumentException e) {
            model.addAttribute("deadlineError", e.getMessage());
            model.addAttribute("deadlines", List.of());
        }
    }

    private DistrictSummary summary(District d) {
        List<RunRecord> of = runs.ofDistrict(d.id());
        return new DistrictSummary(d, of.size(), of.isEmpty() ? null : of.get(of.size() - 1));
    }
}
