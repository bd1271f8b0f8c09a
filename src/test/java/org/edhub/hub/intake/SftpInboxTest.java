package org.edhub.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SftpInboxTest {
    @Test
    void aFileUnderAClientsTemporaryNameCountsUnderTheNameItWillHave() {
        assertThat(SftpInbox.written("staff.xml.part")).isEqualTo("staff.xml");
        assertThat(SftpInbox.written("staff.xml.FILEPART")).isEqualTo("staff.xml");
        assertThat(SftpInbox.written("_READY.tmp")).isEqualTo("_READY");
        assertThat(SftpInbox.written("staff.xml")).isEqualTo("staff.xml");
        assertThat(SftpInbox.written(".part")).isEqualTo(".part");
    }
}
