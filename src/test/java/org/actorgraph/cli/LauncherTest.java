package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/actorgraph run by bash as a user runs it: from an unpacked distribution, from a source tree after
 * {@code mvn package}, through a symbolic link, with its heap default and the user's JVM options, and with one line
 * when there is nothing to run. The layouts are built here from the compiled classes and the test's libraries.
 */
class LauncherTest {
    private static final String VERSION = "0.0.0-launcher-test";
    private static final Path LAUNCHER = Path.of("bin", "actorgraph");

    @TempDir
    static Path tmp;

    private static Path jar;
    private static List<Path> libs;

    @BeforeAll
    static void buildJar() throws Exception {
        jar = tmp.resolve("actorgraph.jar");
        Path classes = Path.of(ActorGraphCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, VERSION);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            // Directory entries too, as Maven writes them: the prepared queries are found by listing one.
            for (Path f : (Iterable<Path>) files.filter(f -> !f.equals(classes))::iterator) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                boolean dir = Files.isDirectory(f);
                out.putNextEntry(new ZipEntry(dir ? name + "/" : name));
                if (!dir) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
        libs = classpathJars();
    }

    /** The jars this test runs with; surefire may hand them over in a manifest-only jar's Class-Path. */
    private static List<Path> classpathJars() throws IOException {
        Set<Path> jars = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) {
                continue;
            }
            jars.add(p);
            try (JarFile jf = new JarFile(p.toFile())) {
                Manifest m = jf.getManifest();
                String cp = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (cp != null) {
                    for (String url : cp.trim().split("\\s+")) {
                        Path referenced = Path.of(p.toUri().resolve(url));
                        if (url.endsWith(".jar") && Files.isRegularFile(referenced)) {
                            jars.add(referenced);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(jars);
    }

    /** A distribution-shaped folder: bin/actorgraph, actorgraph.jar and lib/ (or the same under target/). */
    private static Path layout(String name, boolean sourceTree) throws IOException {
        Path home = tmp.resolve(name);
        Path base = sourceTree ? home.resolve("target") : home;
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(base.resolve("lib"));
        Files.copy(LAUNCHER, home.resolve("bin/actorgraph"));
        Files.copy(jar, base.resolve("actorgraph.jar"));
        for (Path lib : libs) {
            Path link = base.resolve("lib").resolve(lib.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, lib.toAbsolutePath());
            }
        }
        return home;
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("ACTORGRAPH_HOME");
        pb.environment().remove("JVM_ARGS");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher did not finish");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void runsFromAnUnpackedDistribution() throws Exception {
        Result r = run(layout("dist", false).resolve("bin/actorgraph"), Map.of(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertEquals("ActorGraph " + VERSION, r.out().strip());
    }

    @Test
    void runsFromASourceTreeAfterPackage() throws Exception {
        Result r = run(layout("source", true).resolve("bin/actorgraph"), Map.of(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertEquals("ActorGraph " + VERSION, r.out().strip());
    }

    @Test
    void findsItsLibrariesThroughASymbolicLink() throws Exception {
        Path home = layout("linked", false);
        Path userBin = Files.createDirectories(tmp.resolve("user-bin"));
        Path link = Files.createSymbolicLink(userBin.resolve("actorgraph"), home.resolve("bin/actorgraph"));
        Result r = run(link, Map.of(), "queries");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("positions-of"), r.out() + r.err());
    }

    @Test
    void setsTheHeapUnlessTheUserDoes() throws Exception {
        Path script = layout("heap", false).resolve("bin/actorgraph");
        Result byDefault = run(script, Map.of("JAVA_OPTS", "-XshowSettings:vm"), "--version");
        assertEquals(0, byDefault.exit(), byDefault.err());
        assertTrue(byDefault.err().contains("Max. Heap Size: 3.00G"), byDefault.err());
        Result chosen = run(script, Map.of("JVM_ARGS", "-Xmx256m", "JAVA_OPTS", "-XshowSettings:vm"), "--version");
        assertTrue(chosen.err().contains("Max. Heap Size: 256.00M"), chosen.err());
    }

    @Test
    void nothingToRunIsOneLine() throws Exception {
        Path home = tmp.resolve("empty");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(LAUNCHER, home.resolve("bin/actorgraph"));
        Result r = run(home.resolve("bin/actorgraph"), Map.of(), "--version");
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(home.toString()) && r.err().contains("mvn package"), r.err());

        Result noJava = run(layout("nojava", false).resolve("bin/actorgraph"),
                Map.of("JAVA_HOME", tmp.resolve("no-such-java").toString()), "--version");
        assertEquals(1, noJava.exit());
        assertTrue(noJava.err().startsWith("actorgraph: no Java found"), noJava.err());
    }
}
