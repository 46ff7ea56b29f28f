package org.actorgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads spelled-out durations ("about four and a half hours", "90 minutes", "two days") as xsd:duration. The
 * time tagger normalises the digits but gives up on fractions written in words.
 */
final class Durations {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("forty-five", 45), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90));
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|[a-z-]+)(\\s+and\\s+a\\s+half)?\\s+(minute|hour|day|week|month|year)s?");
    private static final Pattern HALF = Pattern.compile("half\\s+an?\\s+(minute|hour|day|week|month|year)");

    private Durations() {}

    static String parse(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        double amount;
        String unit;
        Matcher m = AMOUNT.matcher(p);
        Matcher h = HALF.matcher(p);
        if (m.find()) {
            String n = m.group(1);
            Integer word = NUMBERS.get(n);
            if (word == null && !n.matches("\\d+(\\.\\d+)?")) return null;
            amount = word != null ? word : Double.parseDouble(n);
            if (m.group(2) != null) amount += 0.5;
            unit = m.group(3);
        } else if (h.find()) {
            amount = 0.5;
            unit = h.group(1);
        } else {
            return null;
        }
        return switch (unit) {
            case "minute" -> "PT" + Math.round(amount) + "M";
            case "hour" -> amount == Math.floor(amount) ? "PT" + (long) amount + "H" : "PT" + (long) amount + "H" + Math.round((amount % 1) * 60) + "M";
            case "day" -> amount == Math.floor(amount) ? "P" + (long) amount + "D" : "P" + (long) amount + "DT" + Math.round((amount % 1) * 24) + "H";
            case "week" -> "P" + Math.round(amount * 7) + "D";
            case "month" -> "P" + Math.round(amount) + "M";
            default -> "P" + Math.round(amount) + "Y";
        };
    }
}
