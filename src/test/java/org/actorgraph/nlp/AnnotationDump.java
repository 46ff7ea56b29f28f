package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints the entity tags, normalised values and entity mentions CoreNLP gives a text file, one token a line. */
public final class AnnotationDump {
    private AnnotationDump() {}

    public static void main(String[] args) throws Exception {
        System.out.print(dump(Files.readString(Path.of(args[0]))));
    }

    static String dump(String text) {
        CoreDocument d = NlpPipeline.get().annotate(text, LocalDate.of(2025, 3, 4));
        StringBuilder b = new StringBuilder();
        for (CoreLabel t : d.tokens()) {
            b.append(t.word()).append('\t').append(t.ner()).append('\t')
                    .append(t.get(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class)).append('\t')
                    .append(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).append('\n');
        }
        d.entityMentions().forEach(m -> b.append("mention\t").append(m.text()).append('\t').append(m.entityType())
                .append('\t').append(m.charOffsets()).append('\n'));
        return b.toString();
    }
}
