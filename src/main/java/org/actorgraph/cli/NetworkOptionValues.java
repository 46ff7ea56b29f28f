package org.actorgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks the network options of {@code export}; each mistake is one line naming the option. */
final class NetworkOptionValues {
    private NetworkOptionValues() {}

    /** A day as YYYY-MM-DD, or "" when the option was not given. */
    static String day(CommandLine cl, String option, String value) {
        if (value == null) return "";
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            // Reported below, as for any other shape.
        }
        throw new ParameterException(cl, option + " must be a day as YYYY-MM-DD, got '" + value + "'");
    }

    /** One of {@code allowed}, matched case-insensitively and given back as spelled there; "" when not given. */
    static String oneOf(CommandLine cl, String option, String value, List<String> allowed) {
        if (value == null) return "";
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value.strip())) return a;
        }
        throw new ParameterException(cl, option + " must be one of "
                + String.join(", ", allowed.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList()) + ", got '" + value + "'");
    }
}
