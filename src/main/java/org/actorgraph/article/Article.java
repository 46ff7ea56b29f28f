package org.actorgraph.article;

import java.time.LocalDate;

/**
 * One news article as read from the input, before any analysis.
 *
 * @param id        stable identifier: a file name without extension, or the {@code id} field of a JSON line
 * @param text      the article body
 * @param title     headline, or null
 * @param date      publication date, or null when unknown (relative dates then stay unanchored)
 * @param url       where the article was published, or null
 * @param publisher who published it, or null
 * @param origin    file (and line) the article came from, for messages
 */
public record Article(String id, String text, String title, LocalDate date, String url, String publisher, String origin) {
    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is empty");
        if (text == null) throw new IllegalArgumentException("article text is null");
    }

    public static Article ofText(String id, String text) {
        return new Article(id, text, null, null, null, null, id);
    }
}
