package org.edhub.kentucky.web;

import org.edhub.kentucky.ResultTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.edhub.core.issue.FindingKey;
import org.edhub.core.table.Row;
import org.edhub.core.table.Table;

/** What the LEAD results page shows for one table and filter: the two charts, the filter choices and the rows. */
public record LeadPage(ResultTable table, LeadFilter filter, List<Option> schools, List<String> categories,
                       List<PieChart.Slice> categoryPie, List<PieChart.Slice> resultPie, List<String> columns,
                       List<LeadRow> rows, int total) {

    public record Option(String value, String label) {
    }

    public record Detail(String name, String value) {
    }

    /** One result: the table's cells, its category, the details panel, and whether it is new since the last run. */
    public record LeadRow(List<String> cells, String category, String categoryClass, List<Detail> details, boolean isNew) {
    }

    /**
     * @param base the page's own path, to which each chart slice adds its filter
     */
    public static LeadPage build(String base, ResultTable table, Table data, LeadFilter filter) {
        return build(base, table, data, filter, Set.of());
    }

    /** @param newFindings the keys of the run's findings new since the previous run ({@link FindingKey}) */
    public static LeadPage build(String base, ResultTable table, Table data, LeadFilter filter, Set<String> newFindings) {
        Map<String, Integer> byCategory = Categories.ordered(count(data, r -> filter.matchesSchool(r) && filter.matchesResult(r),
                r -> r.get(ResultTable.CATEGORY)));
        Map<String, Integer> byResult = largestFirst(count(data, r -> filter.matchesSchool(r) && filter.matchesCategory(r),
                r -> ResultKind.of(r.get(ResultTable.RESULT))));
        List<PieChart.Slice> categoryPie = PieChart.of(byCategory, Categories::color,
                c -> base + filter.toggleCategory(c).query(), filter.category());
        List<PieChart.Slice> resultPie = PieChart.of(byResult, r -> null, r -> base + filter.toggleResult(r).query(), filter.result());
        List<String> detailColumns = detailColumns(table, data);
        Set<String> newRecords = newFindings.stream().map(FindingKey::recordOf).collect(Collectors.toSet());
        List<LeadRow> rows = data.rows().stream().filter(filter::test).map(r -> row(table, detailColumns, r, newRecords)).toList();
        return new LeadPage(table, filter, schools(data), Categories.options(byCategory), categoryPie, resultPie,
                table.columns(), rows, data.rows().size());
    }

    /** @param newRecords the records ({@link FindingKey#record}) with a finding new since the previous run */
    private static LeadRow row(ResultTable table, List<String> detailColumns, Row r, Set<String> newRecords) {
        String category = Categories.canonical(r.get(ResultTable.CATEGORY));
        List<Detail> details = detailColumns.stream().map(c -> new Detail(c, r.get(c))).toList();
        boolean isNew = newRecords.contains(FindingKey.record(null, table.findingField(), r.get(table.findingField())));
        return new LeadRow(table.columns().stream().map(r::get).toList(), category, Categories.cssClass(category), details, isNew);
    }

    /** The table's detail columns, then every column of the file the page does not otherwise show. */
    static List<String> detailColumns(ResultTable table, Table data) {
        List<String> shown = new ArrayList<>();
        table.columns().forEach(c -> shown.add(c.toLowerCase(Locale.ROOT)));
        table.details().forEach(c -> shown.add(c.toLowerCase(Locale.ROOT)));
        List<String> out = new ArrayList<>(table.details());
        data.headers().stream().filter(h -> !shown.contains(h.toLowerCase(Locale.ROOT))).forEach(out::add);
        return out;
    }

    private static List<Option> schools(Table data) {
        Map<String, String> names = new TreeMap<>();
        for (Row r : data.rows()) {
            String number = r.get(ResultTable.SCHOOL_NUMBER);
            if (!number.isEmpty()) names.putIfAbsent(number, r.get(ResultTable.SCHOOL_NAME));
        }
        return names.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue().isEmpty() ? e.getKey() : e.getKey() + " " + e.getValue())).toList();
    }

    private static Map<String, Integer> count(Table data, Predicate<Row> keep, Function<Row, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        data.rows().stream().filter(keep).forEach(r -> counts.merge(key.apply(r), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> largestFirst(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
