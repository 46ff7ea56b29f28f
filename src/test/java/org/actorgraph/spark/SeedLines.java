package org.actorgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** The two seed articles as JSON Lines (id = file name without extension, as convert gives a .txt), and bad lines. */
final class SeedLines {
    private SeedLines() {}

    static Path write(Path file, boolean withBadLines) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("000_5cf0cc4e232c5d29", "004_306696d10a12b452")) {
            JsonObject o = new JsonObject();
            o.put("id", name);
            o.put("text", Files.readString(Path.of("seeds", name + ".txt")));
            lines.add(JSON.toStringFlat(o));
        }
        if (withBadLines) {
            JsonObject markup = new JsonObject();
            markup.put("id", "markup");
            markup.put("text", "<div><p>Menu</p><p>Home</p><script>x()</script></div>");
            lines.add(JSON.toStringFlat(markup));
            lines.add("{\"id\": \"cut-off\", \"text\": \"Lavrov said");
            lines.add(lines.get(0).replace("Lavrov", "Lavrov's"));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
