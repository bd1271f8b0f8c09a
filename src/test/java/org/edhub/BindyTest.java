package org.edhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bindy as the hub has it: camel-bindy 4.18 on the hub's Camel 4.22, without icu4j (Bindy needs icu4j only to count
 * graphemes in fixed-length records with {@code countGrapheme = true}). A CSV record is read, a fixed-length record
 * written and read back.
 */
class BindyTest {
    private CamelContext camel;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void icu4jIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("com.ibm.icu.text.BreakIterator")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void readsCsvRecords() throws Exception {
        BindyCsvDataFormat csv = new BindyCsvDataFormat(Certificate.class);
        csv.setCamelContext(camel);
        csv.start();
        String file = "0012345,Jane Q. Doe,ELEM EC-6,2016-08-01,12.50\r\n"
                + "0067890,Renée Álvarez,MATH 7-12,2019-06-15,3\r\n";
        Object read = csv.unmarshal(exchange(), new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        Certificate second = (Certificate) ((List<?>) read).get(1);
        assertThat(second.teacherId).isEqualTo("0067890");
        assertThat(second.name).isEqualTo("Renée Álvarez");
        assertThat(second.certificate).isEqualTo("MATH 7-12");
        assertThat(second.effective).isEqualTo(LocalDate.of(2019, 6, 15));
        assertThat(((Certificate) ((List<?>) read).get(0)).hours).isEqualByComparingTo("12.50");
    }

    @Test
    void writesAndReadsFixedLengthRecords() throws Exception {
        BindyFixedLengthDataFormat fixed = new BindyFixedLengthDataFormat(UploadLine.class);
        fixed.setCamelContext(camel);
        fixed.start();
        UploadLine line = new UploadLine();
        line.epsbId = "123456";
        line.name = "Renée Álvarez";
        line.years = 7;

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixed.marshal(exchange(), List.of(line), out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo("123456Renée Álvarez       007\r\n");

        UploadLine back = (UploadLine) fixed.unmarshal(exchange(), new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.epsbId).isEqualTo("123456");
        assertThat(back.name).isEqualTo("Renée Álvarez");
        assertThat(back.years).isEqualTo(7);
    }

    private Exchange exchange() {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(Exchange.CHARSET_NAME, StandardCharsets.UTF_8.name());
        return exchange;
    }

    @CsvRecord(separator = ",", crlf = "WINDOWS")
    public static class Certificate {
        @DataField(pos = 1)
        public String teacherId;
        @DataField(pos = 2)
        public String name;
        @DataField(pos = 3)
        public String certificate;
        @DataField(pos = 4, pattern = "yyyy-MM-dd")
        public LocalDate effective;
        @DataField(pos = 5, precision = 2)
        public BigDecimal hours;
    }

    @FixedLengthRecord(length = 29, crlf = "WINDOWS")
    public static class UploadLine {
        @DataField(pos = 1, length = 6)
        public String epsbId;
        @DataField(pos = 7, length = 20, align = "L", trim = true)
        public String name;
        @DataField(pos = 27, length = 3, align = "R", paddingChar = '0')
        public int years;
    }
}
