package org.actorgraph.article;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article's own text in a news page: the block of paragraphs that holds the most prose, without menus,
 * captions, related links, sharing bars, cookie banners or comments.
 *
 * <p>Paragraph-sized blocks vote for the elements around them, weighted by how much running text they hold (length,
 * commas) and against links; the best-voted container wins, and neighbouring blocks of similar standing join it
 * (pages that split an article into several sibling containers). Inside the winner, blocks that are mostly links, or
 * look like furniture by their class or id, are dropped. When that leaves too little, the page is tried again with
 * the furniture filter relaxed, since some sites name their article container with words like "header" or "main-ad".
 * Every walk over the tree is iterative, so a deeply nested page costs time in proportion to its size, not stack.
 */
final class MainText {
    /** Below this many characters an extraction is suspect and the relaxed pass is tried. */
    private static final int MIN_TEXT = 250;
    private static final int MIN_PARAGRAPH = 25;

    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "nav", "aside", "footer",
            "figure", "figcaption", "picture", "video", "audio", "map", "dialog", "h1", "menu", "label", "head");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
            "thead", "header", "address", "hr", "br", "center", "body", "html");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "blockquote", "form");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6");

    // Names sites give to furniture; matched against an element's class and id.
    private static final Pattern FURNITURE = Pattern.compile(
            "comment|disqus|respond|reply|share|sharing|social|related|recommend|recirc|more-stories|most-popular"
                    + "|popular|trending|newsletter|subscribe|signup|sign-up|paywall|promo|sponsor|advert|\\bads?\\b"
                    + "|-ad-|\\bad-|-ads\\b|banner|cookie|consent|gdpr|sidebar|side-bar|rail|widget|breadcrumb|menu"
                    + "|\\bnav|footer|masthead|header|byline|author|dateline|timestamp|caption|credit|tags?\\b"
                    + "|taboola|outbrain|pagination|pager|print|toolbar|tools|modal|popup|overlay|hidden|skip"
                    + "|read-?more|also-?read|see-?also|next-?article|prev|jump|inline-?link|embed|video|gallery"
                    + "|photo|image|img|media|figure|signup|follow|donate|support-?us|copyright|disclaimer|legal"
                    + "|meta\\b|article-?info|info-?box|topics|keywords|rating|poll|quiz|correction",
            Pattern.CASE_INSENSITIVE);
    // Names that mark the article itself; they keep an element that also looks like furniture.
    private static final Pattern ARTICLE_NAMES = Pattern.compile(
            "article|story|post-?body|entry|content|main|text|body|prose|paragraph|rich-?text|column",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story|prose", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|combx|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share"
                    + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption|nav|menu",
            Pattern.CASE_INSENSITIVE);

    private MainText() {
    }

    /** The main text, paragraphs separated by blank lines; empty when the page holds no running text. */
    static String of(Document page) {
        Element body = page.body();
        if (body == null) return "";
        String strict = extract(body.clone(), true);
        if (strict.length() >= MIN_TEXT) return strict;
        String relaxed = extract(body.clone(), false);
        return relaxed.length() > strict.length() ? relaxed : strict;
    }

    /** All the text of a fragment known to be article text (a feed item's content), in paragraphs. */
    static String plain(Element fragment) {
        Element copy = fragment.clone();
        for (Element e : copy.getAllElements()) {
            if (e != copy && (DROPPED_TAGS.contains(e.normalName()) && !e.normalName().equals("h1"))) e.remove();
        }
        StringBuilder out = new StringBuilder();
        appendText(copy, out);
        return tidy(out);
    }

    private static String extract(Element body, boolean strict) {
        prune(body, strict);
        Element best = bestContainer(body);
        if (best == null) return "";
        List<Element> parts = withSiblings(best);
        StringBuilder out = new StringBuilder();
        for (Element part : parts) {
            clean(part);
            appendText(part, out);
        }
        return tidy(out);
    }

    /** Removes what is never article text: scripts, forms, navigation, hidden blocks and, when strict, furniture. */
    private static void prune(Element root, boolean strict) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) continue;
            String tag = e.normalName();
            if (DROPPED_TAGS.contains(tag) || isHidden(e) || (strict && looksLikeFurniture(e))) drop.add(e);
        }
        // Removing a parent first detaches its children; removing them again is harmless.
        for (Element e : drop) e.remove();
        wrapLooseText(root);
    }

    /**
     * Text written straight into a container between blocks (sites that separate paragraphs with {@code <br>})
     * is wrapped into paragraphs, so that it votes like text in {@code <p>} does.
     */
    private static void wrapLooseText(Element root) {
        for (Element e : root.getAllElements()) {
            if (!CONTAINERS.contains(e.normalName())) continue;
            boolean hasBlock = false;
            for (Element child : e.children()) hasBlock |= BLOCK_TAGS.contains(child.normalName()) && !child.normalName().equals("br");
            if (!hasBlock) continue;
            List<Node> run = new ArrayList<>();
            for (Node child : new ArrayList<>(e.childNodes())) {
                boolean block = child instanceof Element c && BLOCK_TAGS.contains(c.normalName());
                if (!block) {
                    run.add(child);
                } else {
                    wrap(run);
                    run.clear();
                }
            }
            wrap(run);
        }
    }

    private static void wrap(List<Node> run) {
        if (run.isEmpty()) return;
        StringBuilder text = new StringBuilder();
        for (Node n : run) text.append(n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "");
        if (text.toString().strip().length() < MIN_PARAGRAPH) return;
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) p.appendChild(n);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static boolean looksLikeFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("p")) return false;
        String names = names(e);
        if (names.isEmpty()) return false;
        return FURNITURE.matcher(names).find() && !ARTICLE_NAMES.matcher(names).find();
    }

    private static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        return id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
    }

    /** The element that collects the most paragraph votes, discounted by the share of its text inside links. */
    private static Element bestContainer(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            if (!isParagraph(e)) continue;
            String text = e.text();
            if (text.length() < MIN_PARAGRAPH) continue;
            double vote = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, initialScore(ancestor) + vote * share,
                        (old, add) -> old + vote * share);
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finals = new HashMap<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double score = s.getValue() * (1 - linkDensity(s.getKey()));
            finals.put(s.getKey(), score);
            if (best == null || score > bestScore) {
                best = s.getKey();
                bestScore = score;
            }
        }
        if (best == null) return root.text().length() >= MIN_PARAGRAPH ? root : null;
        // A parent that holds the winner and nearly as much prose of its own is the real container.
        Element parent = best.parent();
        while (parent != null && finals.containsKey(parent) && finals.get(parent) >= bestScore * 0.75
                && !parent.normalName().equals("body")) {
            best = parent;
            bestScore = Math.max(bestScore, finals.get(parent));
            parent = parent.parent();
        }
        best.attr("data-ag-score", Double.toString(bestScore));
        for (Map.Entry<Element, Double> f : finals.entrySet()) f.getKey().attr("data-ag-score", Double.toString(f.getValue()));
        return best;
    }

    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) return true;
        // A div or section with no blocks inside is a paragraph written without <p>.
        if (!tag.equals("div") && !tag.equals("section") && !tag.equals("span")) return false;
        for (Element child : e.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) return false;
        }
        return tag.equals("span") ? e.parent() != null && !isParagraph(e.parent()) && e.text().length() > 80 : true;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
            case "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) continue;
            if (NEGATIVE.matcher(name).find()) w -= 25;
            if (POSITIVE.matcher(name).find()) w += 25;
        }
        return w;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') n++;
        }
        return n;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int linked = 0;
        for (Element a : e.select("a")) linked += a.text().length();
        return Math.min(1, (double) linked / all);
    }

    /** The winner and those of its siblings that read like more of the same article. */
    private static List<Element> withSiblings(Element best) {
        Element parent = best.parent();
        // The body of a cloned page hangs from a document shell that does not list it among its children.
        if (parent == null || parent.children().stream().noneMatch(c -> c == best)) return List.of(best);
        double bestScore = score(best);
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                parts.add(sibling);
                continue;
            }
            double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2 : 0;
            if (score(sibling) + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double links = linkDensity(sibling);
                if ((text.length() > 80 && links < 0.25) || (text.length() > 0 && links == 0 && text.endsWith("."))) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    private static double score(Element e) {
        String s = e.attr("data-ag-score");
        return s.isEmpty() ? 0 : Double.parseDouble(s);
    }

    /** Drops the furniture inside the chosen container: link lists, short link-heavy blocks, empty shells. */
    private static void clean(Element container) {
        List<Element> all = container.getAllElements();
        // Innermost first, so a block is judged on what is left of it.
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (e.parent() == null) continue;
            String tag = e.normalName();
            if (!Set.of("div", "section", "ul", "ol", "table", "header", "dl", "span", "p", "li", "form").contains(tag)) continue;
            String text = e.text();
            int length = text.length();
            double links = linkDensity(e);
            if (length == 0 && e.select("img").isEmpty()) {
                e.remove();
                continue;
            }
            boolean list = tag.equals("ul") || tag.equals("ol");
            int paragraphs = e.getElementsByTag("p").size();
            double weight = classWeight(e);
            if (tag.equals("form") && length < 500) {
                e.remove();
            } else if (weight < 0 && !tag.equals("p") && length < 1000) {
                e.remove();
            } else if (links > 0.5 && (length < 1000 || list)) {
                e.remove();
            } else if (links > 0.2 && weight <= 0 && length < 200 && paragraphs == 0 && !tag.equals("p")) {
                e.remove();
            } else if (list && links > 0.3) {
                e.remove();
            }
        }
    }

    /** The container's text, a blank line between blocks, spaces inside a block collapsed. */
    private static void appendText(Element container, StringBuilder out) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    out.append(e.normalName().equals("br") ? "\n" : "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append("\n\n");
                }
            }
        }, container);
    }

    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        for (String block : raw.toString().split("\n\\s*\n")) {
            String line = block.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (line.isEmpty()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(line);
        }
        return out.toString();
    }
}
