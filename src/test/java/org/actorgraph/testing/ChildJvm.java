package org.actorgraph.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The {@code actorgraph} command line in a separate JVM, with its output read line by line as it comes. */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> err = new LinkedBlockingQueue<>();
    private final List<String> errSoFar = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> outSoFar = java.util.Collections.synchronizedList(new ArrayList<>());

    private ChildJvm(Process process) {
        this.process = process;
        pump(process.getInputStream(), out, outSoFar);
        pump(process.getErrorStream(), err, errSoFar);
    }

    /** Starts {@code actorgraph ARGS} with the test classpath and {@code heap} (e.g. "3g"). */
    public static ChildJvm start(String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-cp");
        cmd.add(runtimeClassPath());
        cmd.add("org.actorgraph.cli.ActorGraphCommand");
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).start());
    }

    /**
     * The test classpath without Spark and what comes with it: they are provided by a cluster, never on the
     * launcher's classpath, and Hadoop's shaded XML parser would answer Jena's parser settings with error lines.
     */
    private static String runtimeClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.matches(".*[/\\\\]org[/\\\\](apache[/\\\\](spark|hadoop)|scala-lang)[/\\\\].*"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static void pump(InputStream in, BlockingQueue<String> queue, List<String> all) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    all.add(line);
                    queue.add(line);
                }
            } catch (IOException e) {
                // The process was killed; what was read is kept.
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
    }

    /** The next line of standard error, or null if none comes within {@code seconds}. */
    public String nextErrLine(long seconds) throws InterruptedException {
        return err.poll(seconds, TimeUnit.SECONDS);
    }

    /** The next line of standard output, or null if none comes within {@code seconds}. */
    public String nextOutLine(long seconds) throws InterruptedException {
        return out.poll(seconds, TimeUnit.SECONDS);
    }

    /** Waits for the process to end; its exit code. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("child JVM did not finish within " + seconds + " s; stderr:\n" + err());
        }
        // Let the pumps drain what the process wrote last.
        Thread.sleep(200);
        return process.exitValue();
    }

    /** SIGTERM, as Ctrl-C or a service manager stops a process: shutdown hooks run. Its exit code. */
    public int terminate(long seconds) throws InterruptedException {
        process.destroy();
        return waitFor(seconds);
    }

    /** SIGKILL: no shutdown hooks, no flushing, no closing of the store. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String err() {
        synchronized (errSoFar) {
            return String.join("\n", errSoFar);
        }
    }

    public String out() {
        synchronized (outSoFar) {
            return String.join("\n", outSoFar);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
