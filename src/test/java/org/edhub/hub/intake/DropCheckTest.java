package org.edhub.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DropCheckTest {
    final DropCheck check = new DropCheck(List.of("tx-certifications", "tx-peims"));

    @Test
    void aFileInAFeedsYearFolderAndTheFoldersLeadingToItAreTaken() {
        assertThat(check.check("tx-certifications", true, false)).isEmpty();
        assertThat(check.check("tx-certifications/2018-2019", true, false)).isEmpty();
        assertThat(check.check("tx-certifications/2018-2019/ecos.csv", false, false)).isEmpty();
        assertThat(check.check("tx-certifications/2018-2019/" + "a".repeat(196) + ".csv", false, false)).as("200 bytes").isEmpty();
    }

    @Test
    void folderNamesTheLedgerCanHoldAreTakenEvenIfTheIntakeRejectsThemLater() {
        assertThat(check.check("ky-sis", true, false)).isEmpty();
        assertThat(check.check("tx-certifications/2018-19", true, false)).isEmpty();
    }

    @Test
    void filesAtAnotherDepthFoldersInAYearFolderAndLinksAreNotTakenSayingWhereTheyShouldGo() {
        assertThat(check.check("x.csv", false, false)).hasValueSatisfying(r -> assertThat(r.where())
                .isEqualTo("drop it in inbound/tx-certifications/<school-year>/ or inbound/tx-peims/<school-year>/"));
        assertThat(check.check("tx-peims/x.xml", false, false)).isPresent();
        assertThat(check.check("tx-peims/2018-2019/old", true, false)).hasValueSatisfying(r ->
                assertThat(r.where()).isEqualTo("put its files in inbound/tx-peims/2018-2019/"));
        assertThat(check.check("tx-peims/2018-2019/x.xml", false, true)).hasValueSatisfying(r ->
                assertThat(r.reason()).isEqualTo("a link is not read"));
    }

    @Test
    void namesTheHubCannotRecordOrArchiveAreNotTaken() {
        assertThat(check.check("tx-certifications/2018-2019/" + "a".repeat(197) + ".csv", false, false))
                .hasValueSatisfying(r -> assertThat(r.reason()).contains("201 bytes long, more than the 200"));
        assertThat(check.check("tx-certifications/2018-2019/" + "é".repeat(101), false, false)).as("bytes, not characters").isPresent();
        assertThat(check.check("tx-certifications/2018-2019-old", true, false)).hasValueSatisfying(r ->
                assertThat(r.reason()).contains("(a school year folder is YYYY-YYYY)"));
        assertThat(check.check("tx-certifications/ 2018-2019", true, false)).hasValueSatisfying(r ->
                assertThat(r.reason()).isEqualTo("the school year folder name ' 2018-2019' starts or ends with a space"));
        assertThat(check.check("tx-certifications/2018-2019 ", true, false)).isPresent();
        assertThat(check.check("x".repeat(41), true, false)).hasValueSatisfying(r -> assertThat(r.reason()).startsWith("the feed folder name"));
        assertThat(check.check("tx-peims/2018-2019/bad\u0007name.xml", false, false)).hasValueSatisfying(r ->
                assertThat(r.message("tx-peims/2018-2019/bad\u0007name.xml")).startsWith("inbound/tx-peims/2018-2019/bad?name.xml: "));
    }
}
