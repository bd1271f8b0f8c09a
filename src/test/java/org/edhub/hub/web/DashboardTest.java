package org.edhub.hub.web;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Dashboard tests over one hub per test class: the Texas sample dropped, and a LEAD validation run of Kentucky's. */
abstract class DashboardTest {
    @TempDir
    static Path data;
    static DashboardUnderTest hub;
    static long txRun;
    static long leadRun;

    @BeforeAll
    static void startHub() {
        hub = new DashboardUnderTest(data);
        txRun = hub.dropTexasSample();
        leadRun = hub.leadRun();
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }
}
