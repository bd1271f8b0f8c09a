package org.edhub.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The parts of a workbook besides its sheets (Office Open XML packaging): content types, relationships, the workbook
 * with its sheet names and print titles, and the two styles {@link XlsxReport} writes cells with (0 plain, 1 bold).
 */
final class WorkbookParts {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WorkbookParts() {
    }

    /** The parts that tie the sheets into a workbook: content types, relationships, the workbook and its styles. */
    static void write(BackgroundZip zip, List<String> sheetNames, List<Integer> printedSheets) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        StringBuilder sheets = new StringBuilder();
        for (int i = 1; i <= sheetNames.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            sheets.append("<sheet name=\"").append(attribute(sheetNames.get(i - 1))).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        rels.append("<Relationship Id=\"rId").append(sheetNames.size() + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>");
        part(zip, "[Content_Types].xml", types.append("</Types>").toString());
        part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>" + sheets + "</sheets>" + printTitles(sheetNames, printedSheets)
                + "<calcPr fullCalcOnLoad=\"1\"/></workbook>");
        part(zip, "xl/_rels/workbook.xml.rels", rels.toString());
        part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + MAIN_NS
                + "\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    }

    /** The header row of every printed sheet, repeated at the top of each page. */
    private static String printTitles(List<String> sheetNames, List<Integer> printedSheets) {
        if (printedSheets.isEmpty()) return "";
        StringBuilder names = new StringBuilder("<definedNames>");
        for (int i : printedSheets) {
            String quoted = "'" + sheetNames.get(i).replace("'", "''") + "'";
            names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                    .append(attribute(quoted)).append("!$1:$1</definedName>");
        }
        return names.append("</definedNames>").toString();
    }

    private static void part(BackgroundZip zip, String path, String content) throws IOException {
        zip.putNextEntry(path);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
