package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.AutoComplete;

/**
 * The completion script the build ships (picocli's, from the command classes), loaded into a real bash and asked
 * to complete what a user types.
 */
class ShellCompletionTest {
    @TempDir
    Path tmp;

    private String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('\'').append(w).append("' ");
        }
        String bash = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; "
                + "_complete_actorgraph 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Path out = tmp.resolve("out.txt");
        Process p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return Files.readString(out);
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        Path script = tmp.resolve("actorgraph_completion");
        Files.writeString(script, AutoComplete.bash("actorgraph", ActorGraphCommand.commandLine()));

        assertEquals(List.of("serve"), complete(script, "actorgraph", "se").lines().toList());
        assertTrue(complete(script, "actorgraph", "").lines().toList().containsAll(
                List.of("convert", "export", "serve", "queries", "query", "link")));
        assertEquals(List.of("--cors"), complete(script, "actorgraph", "serve", "--co").lines().toList());
        // Written for zsh too: the script loads bash completion there.
        assertTrue(Files.readString(script).contains("bashcompinit"));
    }
}
