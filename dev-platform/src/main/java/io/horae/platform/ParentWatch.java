package io.horae.platform;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends this JVM when the process that started it dies: the parent holds the write end of our stdin, so
 * end-of-file on stdin means it is gone, even after a kill -9 that ran no shutdown hook.
 */
public final class ParentWatch {
    private ParentWatch() {
    }

    public static void exitWhenStdinCloses(Runnable beforeExit) {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // the parent writes nothing; any byte is ignored
                }
            } catch (IOException e) {
                // a broken pipe means the same as end-of-file
            }
            beforeExit.run();
            System.exit(0);
        }, "horae-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
