package org.actorgraph.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.actorgraph.query.ResultFormat;

/**
 * Answers of prepared queries kept in memory, most recently used first, up to a total size. Only for a read-only
 * server: its store cannot change while it serves, so an answer stays right. The explorer's network takes seconds to
 * aggregate on a large store and is asked for with the same parameters by every page load.
 */
final class AnswerCache {
    /** What identifies an answer: the query, its parameters, the format, the row limit and the rows skipped. */
    record Key(String name, Map<String, String> params, ResultFormat format, long limit, long offset) {
        Key {
            params = new TreeMap<>(params);
        }
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<Key, byte[]> answers = new LinkedHashMap<>(16, 0.75f, true);

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized byte[] get(Key key) {
        return answers.get(key);
    }

    synchronized void put(Key key, byte[] answer) {
        if (answer.length > maxBytes / 4) {
            return;
        }
        byte[] old = answers.put(key, answer);
        bytes += answer.length - (old == null ? 0 : old.length);
        var oldest = answers.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    synchronized int size() {
        return answers.size();
    }
}
