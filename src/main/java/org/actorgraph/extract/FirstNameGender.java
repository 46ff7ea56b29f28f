package org.actorgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a person's first name is a man's or a woman's, read from the first-name lists CoreNLP's models jar ships
 * for its gender annotator. A name on neither list, or on both, is unknown: only a known name may rule a person out
 * as what "he" or "she" refers to.
 */
final class FirstNameGender {
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE = read("edu/stanford/nlp/models/gender/male_first_names.txt");
    private static final Set<String> FEMALE = read("edu/stanford/nlp/models/gender/female_first_names.txt");

    private FirstNameGender() {}

    static Gender of(String fullName) {
        // "José", "Félix": the lists are written without accents.
        String first = java.text.Normalizer.normalize(fullName.trim().split("\\s+")[0], java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        boolean m = MALE.contains(first), f = FEMALE.contains(first);
        return m == f ? Gender.UNKNOWN : m ? Gender.MALE : Gender.FEMALE;
    }

    /** The gender a third-person pronoun asks for, or UNKNOWN. */
    static Gender ofPronoun(String lemma) {
        return switch (lemma.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her", "hers" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    private static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = FirstNameGender.class.getClassLoader().getResourceAsStream(resource)) {
            // Without the models jar's lists no name rules anyone out, which is what the rules did before.
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(line.trim().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
