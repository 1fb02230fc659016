package io.horae.kernel.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;

/**
 * Under {@code ./horae up} a service stops when its launcher dies, however it died: the launcher holds the write
 * end of our stdin, so end-of-file there means it is gone. Off unless {@code HORAE_PARENT_WATCH=true}.
 */
@ApplicationScoped
public class ParentWatch {
    private static final Logger LOG = Logger.getLogger(ParentWatch.class);

    void watch(@Observes StartupEvent event,
               @ConfigProperty(name = "horae.parent-watch", defaultValue = "false") boolean enabled) {
        if (!enabled) {
            return;
        }
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // the launcher writes nothing
                }
            } catch (IOException e) {
                // a broken pipe means the same as end-of-file
            }
            LOG.info("the launcher is gone; stopping");
            Quarkus.asyncExit(0);
        }, "horae-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
