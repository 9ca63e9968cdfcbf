package io.fdp.persistence.kafka;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

import java.net.URL;

/**
 * Applies {@code logback-kafka-test.xml} unless the test classpath has a {@code logback-test.xml} of its own: the
 * broker logs thousands of lines at INFO.
 */
final class KafkaTestLogging {
    private static boolean done;

    private KafkaTestLogging() {
    }

    static synchronized void quiet() {
        if (done) {
            return;
        }
        done = true;
        final ClassLoader loader = KafkaTestLogging.class.getClassLoader();
        final URL config = loader.getResource("logback-kafka-test.xml");
        if (loader.getResource("logback-test.xml") != null || config == null
            || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        final JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (final JoranException ex) {
            throw new IllegalStateException("cannot apply " + config, ex);
        }
    }
}
