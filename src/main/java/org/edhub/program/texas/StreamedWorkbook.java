package org.edhub.program.texas;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A POI SXSSF workbook whose sheets are spooled through {@link UnsynchronizedWriter} instead of a
 * {@code BufferedWriter}: POI writes a sheet character by character, and each {@code BufferedWriter.write(int)}
 * takes a lock. One sheet is written by one thread, so no lock is needed; the bytes are the same.
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    StreamedWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            public Writer createWriter(File fd) throws IOException {
                return new UnsynchronizedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8));
            }
        };
    }
}
