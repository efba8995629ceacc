package org.iamrefiner.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The five IAM access levels and how the two input formats express them. AWS marks tagging
 * and permission-management actions as writes too; the catalog keeps the most specific level
 * only, so both formats give the same value for the same action.
 */
final class AccessLevels {

    static final String PERMISSIONS_MANAGEMENT = "Permissions management";
    static final String TAGGING = "Tagging";
    static final String WRITE = "Write";
    static final String LIST = "List";
    static final String READ = "Read";

    /** Most specific first: the first level that applies wins. */
    private static final List<String> PRECEDENCE = List.of(PERMISSIONS_MANAGEMENT, TAGGING, WRITE, LIST, READ);

    private AccessLevels() {
    }

    /** The level from the Service Authorization Reference flags (Annotations.Properties). */
    static String fromFlags(boolean permissionManagement, boolean taggingOnly, boolean write, boolean list) {
        if (permissionManagement) {
            return PERMISSIONS_MANAGEMENT;
        }
        if (taggingOnly) {
            return TAGGING;
        }
        if (write) {
            return WRITE;
        }
        return list ? LIST : READ;
    }

    /**
     * The level from a combined label such as "Tagging, Write": the most specific known level
     * named in it, in its canonical spelling. A label naming no known level is kept as given,
     * so that a level AWS adds later is not lost.
     */
    static String fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return "";
        }
        List<String> parts = Arrays.stream(label.split(","))
                .map(part -> part.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String level : PRECEDENCE) {
            if (parts.contains(level.toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        return label.strip();
    }

    /** The same string instance for each known level, so 22k actions share five strings. */
    static String canonical(String level) {
        for (String known : PRECEDENCE) {
            if (known.equals(level)) {
                return known;
            }
        }
        return level;
    }
}
