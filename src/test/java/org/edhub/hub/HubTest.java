package org.edhub.hub;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** An end-to-end test of the hub: its data folder on disk, the hub a test starts, stopped after each test. */
public abstract class HubTest {
    @TempDir
    public Path data;
    public HubUnderTest hub;

    @AfterEach
    public void stopHub() {
        if (hub != null) hub.close();
    }
}
