package org.actorgraph.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which part of the actor network to take: the parameters of the {@code actor-network} prepared query, empty meaning
 * "any". The explorer page sends the same ones over HTTP, so the page and {@code export} draw one network.
 *
 * @param topic     a topic's preferred label, or ""
 * @param stance    Support, Oppose or Neutral, or ""
 * @param since     earliest day as YYYY-MM-DD, or ""
 * @param until     latest day as YYYY-MM-DD, or ""
 * @param type      Person, Organization, Country or Group, or ""
 * @param minWeight the fewest articles a link needs, at least 1
 */
public record NetworkFilter(String topic, String stance, String since, String until, String type, int minWeight) {
    public static final NetworkFilter ALL = new NetworkFilter("", "", "", "", "", 1);

    public NetworkFilter {
        topic = topic == null ? "" : topic.strip();
        stance = stance == null ? "" : stance;
        since = since == null ? "" : since;
        until = until == null ? "" : until;
        type = type == null ? "" : type;
        if (minWeight < 1) {
            throw new IllegalArgumentException("the fewest articles a link needs must be at least 1, got " + minWeight);
        }
    }

    /** The prepared query's parameters. */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("topic", topic);
        p.put("stance", stance);
        p.put("since", since);
        p.put("until", until);
        p.put("type", type);
        p.put("minWeight", Integer.toString(minWeight));
        return p;
    }
}
