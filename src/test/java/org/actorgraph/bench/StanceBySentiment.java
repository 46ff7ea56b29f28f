package org.actorgraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Measures CoreNLP's sentiment model as a stance reader, against ActorGraph's cue and frame rules: reads an N-Quads
 * export, reads each position's text with CoreNLP's sentiment model (negative: Oppose, positive: Support, else
 * Neutral) and writes the export again with those stances, either in place of every stance ({@code --all}) or only
 * where the rules found none ({@code --neutral-only}). Score the two files with the evaluation scorer to compare.
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" org.actorgraph.bench.StanceBySentiment IN.nq OUT.nq --all</pre>
 */
public final class StanceBySentiment {
    private StanceBySentiment() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[2].equals("--all") && !args[2].equals("--neutral-only")) {
            System.err.println("usage: StanceBySentiment IN.nq OUT.nq --all|--neutral-only");
            System.exit(2);
        }
        boolean all = args[2].equals("--all");
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
        props.setProperty("ssplit.isOneSentence", "true");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(args[0]);
        Node stance = AG.stance.asNode();
        Node text = AG.text.asNode();
        List<Quad> before = new ArrayList<>();
        ds.find(null, null, stance, null).forEachRemaining(before::add);
        List<Quad> after = new ArrayList<>();
        long start = System.nanoTime();
        for (Quad q : before) {
            if (!all && !q.getObject().equals(AG.Neutral.asNode())) {
                after.add(q);
                continue;
            }
            Quad said = ds.find(q.getGraph(), q.getSubject(), text, null).next();
            Annotation a = new Annotation(said.getObject().getLiteralLexicalForm());
            nlp.annotate(a);
            String cls = a.get(CoreAnnotations.SentencesAnnotation.class).get(0).get(SentimentCoreAnnotations.SentimentClass.class);
            Node read = cls.contains("egative") ? AG.Oppose.asNode() : cls.contains("ositive") ? AG.Support.asNode() : AG.Neutral.asNode();
            after.add(new Quad(q.getGraph(), q.getSubject(), stance, all || !read.equals(AG.Neutral.asNode()) ? read : q.getObject()));
        }
        System.err.printf("%d positions, %.1f ms a text read by the sentiment model%n", before.size(), (System.nanoTime() - start) / 1e6 / before.size());
        for (Quad q : before) ds.delete(q);
        for (Quad q : after) ds.add(q);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            RDFDataMgr.write(out, ds, Lang.NQUADS);
        }
    }
}
