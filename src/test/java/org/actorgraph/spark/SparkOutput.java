package org.actorgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Reads back what the Spark job wrote: its part files, the graphs in them, its reject lines. */
final class SparkOutput {
    private SparkOutput() {}

    /** The data files under {@code dir} (Spark's .crc and _SUCCESS files left out). */
    static List<Path> parts(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return !name.startsWith(".") && !name.startsWith("_");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset graphs(Path output) {
        Dataset ds = DatasetFactory.create();
        for (Path part : parts(output.resolve("part=nquads"))) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(ds.asDatasetGraph());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ds;
    }

    static List<String> rejects(Path output) {
        List<String> lines = new ArrayList<>();
        for (Path part : parts(output.resolve("part=rejects"))) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
