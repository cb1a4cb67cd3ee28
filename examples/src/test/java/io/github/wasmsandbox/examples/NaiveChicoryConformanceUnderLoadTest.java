package io.github.wasmsandbox.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The naive adapter's TCK verdicts, 20 times in a row beside three CPU-bound threads: detection reads thread
 * stacks, so the verdicts must not change with the load (the CPU-share detection they replace did).
 */
@Tag("hardening")
@Isolated("the TCK's escape detection inspects every thread's stack; the load must be the only other work")
@DisplayName("The TCK on a naive adapter, under CPU load")
class NaiveChicoryConformanceUnderLoadTest {

    private static final AtomicBoolean LOADED = new AtomicBoolean();
    private static final List<Thread> BURNERS = new ArrayList<>();

    @BeforeAll
    static void startLoad() {
        LOADED.set(true);
        for (int i = 0; i < 3; i++) {
            Thread burner = new Thread(() -> {
                long x = 0;
                while (LOADED.get()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            }, "background-cpu-load-" + i);
            burner.setDaemon(true);
            burner.start();
            BURNERS.add(burner);
        }
    }

    @AfterAll
    static void stopLoad() throws InterruptedException {
        LOADED.set(false);
        for (Thread burner : BURNERS) {
            burner.join();
        }
    }

    @RepeatedTest(20)
    @DisplayName("fails exactly the deadline rows, as ESCAPED, every time")
    void sameVerdictsUnderLoad() {
        try {
            NaiveChicoryConformanceTest.checkTheTckCatchesTheNaiveTimeout();
        } finally {
            NaiveChicoryConformanceTest.stopLeakedGuests();
        }
    }
}
