package org.actorgraph.eval;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One MEANTIME document in CAT stand-off XML: tokens, markables (mentions, timexes, entity and event instances)
 * and relations. The text is rebuilt by joining the tokens with single spaces, which gives every markable its
 * character offsets; a sentence that ends without a stop (the headline, the dateline) ends its line instead.
 */
final class MeantimeDocument {
    record Markable(String id, String tag, int begin, int end, Map<String, String> attributes) {
        String attr(String name) {
            return attributes.getOrDefault(name, "");
        }

        boolean anchored() {
            return begin >= 0;
        }
    }

    record Relation(String tag, List<String> sources, String target, Map<String, String> attributes) {}

    private static final java.util.Set<String> FINAL = java.util.Set.of(".", "!", "?", "\"", "''", "'", ")");

    final String name;
    final String text;
    final Map<String, Markable> markables = new HashMap<>();
    final List<Relation> relations = new ArrayList<>();
    String creationDate;

    private MeantimeDocument(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static MeantimeDocument read(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            Document d = b.parse(file.toFile());
            Element root = d.getDocumentElement();
            StringBuilder text = new StringBuilder();
            Map<String, int[]> tokenSpans = new HashMap<>();
            NodeList tokens = root.getElementsByTagName("token");
            String sentence = null;
            String last = "";
            for (int i = 0; i < tokens.getLength(); i++) {
                Element t = (Element) tokens.item(i);
                // A sentence without a final stop (the headline, the dateline) was a line of its own.
                boolean newSentence = sentence != null && !sentence.equals(t.getAttribute("sentence"));
                if (text.length() > 0) text.append(newSentence && !FINAL.contains(last) ? '\n' : ' ');
                sentence = t.getAttribute("sentence");
                last = t.getTextContent();
                int begin = text.length();
                text.append(t.getTextContent());
                tokenSpans.put(t.getAttribute("t_id"), new int[] {begin, text.length()});
            }
            MeantimeDocument doc = new MeantimeDocument(root.getAttribute("doc_name"), text.toString());
            NodeList markables = root.getElementsByTagName("Markables");
            if (markables.getLength() > 0) {
                for (Node n = markables.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (!(n instanceof Element e)) continue;
                    int begin = -1;
                    int end = -1;
                    NodeList anchors = e.getElementsByTagName("token_anchor");
                    for (int i = 0; i < anchors.getLength(); i++) {
                        int[] span = tokenSpans.get(((Element) anchors.item(i)).getAttribute("t_id"));
                        if (span == null) continue;
                        begin = begin < 0 ? span[0] : Math.min(begin, span[0]);
                        end = Math.max(end, span[1]);
                    }
                    Map<String, String> attrs = new HashMap<>();
                    for (int i = 0; i < e.getAttributes().getLength(); i++) {
                        Node a = e.getAttributes().item(i);
                        attrs.put(a.getNodeName(), a.getNodeValue());
                    }
                    Markable m = new Markable(e.getAttribute("m_id"), e.getTagName(), begin, end, attrs);
                    doc.markables.put(m.id(), m);
                    if (e.getTagName().equals("TIMEX3") && "CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                        doc.creationDate = e.getAttribute("value");
                    }
                }
            }
            NodeList rels = root.getElementsByTagName("Relations");
            if (rels.getLength() > 0) {
                for (Node n = rels.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (!(n instanceof Element e)) continue;
                    List<String> sources = new ArrayList<>();
                    NodeList src = e.getElementsByTagName("source");
                    for (int i = 0; i < src.getLength(); i++) sources.add(((Element) src.item(i)).getAttribute("m_id"));
                    NodeList tgt = e.getElementsByTagName("target");
                    String target = tgt.getLength() == 0 ? null : ((Element) tgt.item(0)).getAttribute("m_id");
                    Map<String, String> attrs = new HashMap<>();
                    for (int i = 0; i < e.getAttributes().getLength(); i++) {
                        Node a = e.getAttributes().item(i);
                        attrs.put(a.getNodeName(), a.getNodeValue());
                    }
                    doc.relations.add(new Relation(e.getTagName(), sources, target, attrs));
                }
            }
            return doc;
        } catch (Exception e) {
            throw new IllegalArgumentException(file + ": not a readable MEANTIME (CAT XML) document: " + e.getMessage(), e);
        }
    }

    /**
     * Where annotation stops: MEANTIME annotates the title and the first sentences of each article, so anything we
     * find after the last annotated token can be neither right nor wrong.
     */
    int annotatedEnd() {
        int end = 0;
        for (Markable m : markables.values()) if (m.anchored()) end = Math.max(end, m.end());
        return end;
    }

    /** The instance (ENTITY or EVENT) a mention refers to, or null. */
    Markable instanceOf(String mentionId) {
        for (Relation r : relations) {
            if (r.tag().equals("REFERS_TO") && r.sources().contains(mentionId)) return markables.get(r.target());
        }
        return null;
    }

    /** Every mention referring to an instance. */
    List<Markable> mentionsOf(String instanceId) {
        List<Markable> out = new ArrayList<>();
        for (Relation r : relations) {
            if (!r.tag().equals("REFERS_TO") || !instanceId.equals(r.target())) continue;
            for (String s : r.sources()) {
                Markable m = markables.get(s);
                if (m != null && m.anchored()) out.add(m);
            }
        }
        return out;
    }

    String textOf(Markable m) {
        return m.anchored() ? text.substring(m.begin(), m.end()) : "";
    }
}
