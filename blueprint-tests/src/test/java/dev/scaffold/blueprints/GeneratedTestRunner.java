package dev.scaffold.blueprints;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs test classes of a compiled generated project in this JVM, through the JUnit Platform, with the
 * project's classes (and its root directory, for cdk.json) on a child class loader.
 */
final class GeneratedTestRunner {

    private GeneratedTestRunner() {
    }

    /**
     * Runs the named test classes and fails with every failure's message when one fails.
     *
     * @return how many tests passed
     */
    static long run(Path project, Path classes, List<String> testClasses) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classes), url(project)},
                GeneratedTestRunner.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
            for (String name : testClasses) {
                request.selectors(selectClass(loader.loadClass(name)));
            }
            LauncherDiscoveryRequest discovery = request.build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(discovery, listener);
            TestExecutionSummary summary = listener.getSummary();
            if (summary.getTotalFailureCount() > 0 || summary.getTestsFoundCount() == 0) {
                StringWriter report = new StringWriter();
                summary.printTo(new PrintWriter(report));
                summary.printFailuresTo(new PrintWriter(report), 12);
                throw new AssertionError("generated tests failed in " + project + ":\n" + report);
            }
            return summary.getTestsSucceededCount();
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new AssertionError("cannot run the generated tests of " + project + ": " + e, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
