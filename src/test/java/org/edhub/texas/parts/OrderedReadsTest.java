package org.edhub.texas.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.edhub.core.issue.Issue;
import org.edhub.core.issue.Issues;
import org.edhub.core.issue.Severity;
import org.junit.jupiter.api.Test;

class OrderedReadsTest {
    @Test
    void threeReadsRunAtOnceWhateverTheNumberOfCores() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(3);
        try (OrderedReads reads = new OrderedReads(3, OrderedReads.DEFAULT_READS_AT_ONCE)) {
            List<OrderedReads.Read<Boolean>> started = List.of(1, 2, 3).stream().map(i -> reads.submit(sink -> {
                allStarted.countDown();
                try {
                    return allStarted.await(10, TimeUnit.SECONDS); // true only when the three run at the same time
                } catch (InterruptedException e) {
                    return false;
                }
            })).toList();
            reads.report(new Issues());
            for (OrderedReads.Read<Boolean> read : started) assertTrue(read.get());
        }
    }

    @Test
    void noMoreReadsAtOnceThanTheSetting() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (OrderedReads reads = new OrderedReads(6, 2)) {
            for (int i = 0; i < 6; i++) {
                reads.submit(sink -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(50);
                    running.decrementAndGet();
                    return null;
                });
            }
            reads.report(new Issues());
        }
        assertEquals(2, most.get());
        assertThrows(IllegalArgumentException.class, () -> new OrderedReads(1, 0));
    }

    @Test
    void issuesAreReportedInTheOrderTheReadsWereSubmittedAndTheFirstFailureInThatOrderIsThrown() {
        Issues issues = new Issues();
        IllegalStateException thrown;
        try (OrderedReads reads = new OrderedReads(3, 3)) {
            reads.submit(sink -> {
                sleep(200); // ends last
                sink.report(issue("first"));
                return null;
            });
            reads.report(issue("between"));
            reads.submit(sink -> {
                sink.report(issue("second"));
                throw new IllegalStateException("second failed");
            });
            reads.submit(sink -> {
                sink.report(issue("third"));
                throw new IllegalStateException("third failed");
            });
            thrown = assertThrows(IllegalStateException.class, () -> reads.report(issues));
        }
        assertEquals("second failed", thrown.getMessage());
        assertEquals(List.of("first", "between", "second"), issues.all().stream().map(Issue::message).toList());
        assertFalse(issues.all().stream().anyMatch(i -> i.message().equals("third")));
    }

    private static Issue issue(String message) {
        return new Issue(Severity.WARNING, "TX-TEST", null, null, null, null, message, null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
