package org.iamrefiner.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A second, independent glob matcher for the guarantee checks: translates the pattern to a regular
 * expression ({@code *} → {@code .*}, {@code ?} → {@code .}, the rest quoted) over lower-cased text,
 * so the checks do not share the reference's position walk.
 */
final class RegexGlob {

    private final Map<String, Pattern> compiled = new HashMap<>();

    boolean matches(String glob, String candidate) {
        return compiled.computeIfAbsent(glob, RegexGlob::toRegex)
                .matcher(candidate.toLowerCase(Locale.ROOT))
                .matches();
    }

    private static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
