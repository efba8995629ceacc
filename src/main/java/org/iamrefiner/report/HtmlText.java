package org.iamrefiner.report;

/** Escapes text for HTML element content and attribute values. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, out);
        return out.toString();
    }

    /** Appends the escaped text: the runs between characters to escape are appended whole. */
    public static void escapeTo(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!special(c)) {
                continue;
            }
            out.append(text, start, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append("&#39;");
            }
            start = i + 1;
        }
        out.append(text, start, text.length());
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
