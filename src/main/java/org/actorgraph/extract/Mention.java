package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
/**
 * A stretch of one sentence that names an entity. Tokens are 0-based within the sentence, end exclusive.
 * {@code demonym} marks nationality adjectives ("Russian"), which name a country without being one.
 */
record Mention(int sentence, int begin, int end, String text, EntityKind kind, String name, String country, boolean demonym) {
    boolean covers(int token) {
        return token >= begin && token < end;
    }
}
