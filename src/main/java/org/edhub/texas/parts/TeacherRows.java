package org.edhub.texas.parts;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The drill-down's rows in the drill-down's order, merged from the parts' sorted files each time it is iterated (the
 * CSV file and the workbook each read it once): one line per part in memory.
 */
final class TeacherRows implements Iterable<List<Object>> {
    private final PartFiles files;

    TeacherRows(PartFiles files) {
        this.files = files;
    }

    private record Head(PartRecords.Line line, PartFiles.PartReader<PartRecords.Line> in) {
    }

    @Override
    public Iterator<List<Object>> iterator() {
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> LineKey.ORDER.compare(a.line().key(), b.line().key()));
        for (int p = 0; p < files.parts(); p++) {
            PartFiles.PartReader<PartRecords.Line> in = files.reader(PartRecords.LINES, 0, p);
            if (in != null) next(in, heads);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public List<Object> next() {
                Head head = heads.poll();
                if (head == null) throw new NoSuchElementException();
                TeacherRows.next(head.in(), heads);
                return head.line().cells();
            }
        };
    }

    private static void next(PartFiles.PartReader<PartRecords.Line> in, PriorityQueue<Head> heads) {
        PartRecords.Line line = in.next();
        if (line == null) in.close();
        else heads.add(new Head(line, in));
    }
}
