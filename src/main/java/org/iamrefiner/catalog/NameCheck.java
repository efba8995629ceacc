package org.iamrefiner.catalog;

/**
 * Which characters a catalog name may not hold. A catalog lists concrete actions, so
 * wildcards and separators are mistakes; everything else (hyphens, odd casing) is kept as
 * AWS spells it.
 */
final class NameCheck {

    private NameCheck() {
    }

    /** Index of the first character not allowed in a service prefix or action name, or -1. */
    static int firstForbidden(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == ':' || c == '*' || c == '?') {
                return i;
            }
        }
        return -1;
    }

    /** A short description of the character, for messages ("'*'", "a space"). */
    static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c == '\t') {
            return "a tab";
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c)) {
            return String.format("the control character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }
}
