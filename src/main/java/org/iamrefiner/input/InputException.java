package org.iamrefiner.input;

/**
 * Bad input from the user: names the file and the place in it (a line/column or a JSON
 * pointer), so the message alone tells the user what to fix. The CLI turns it into exit
 * code 2 without a stack trace.
 */
public final class InputException extends Exception {

    private final String file;
    private final String location;
    private final String problem;

    /**
     * @param file     the file as the user named it (or a label such as "finding")
     * @param location where in the file: "line 3, column 7" or a JSON pointer such as
     *                 "/Statement/1/Action/0"; null when the whole file is concerned
     * @param problem  what is wrong, in plain words
     */
    public InputException(String file, String location, String problem) {
        super(format(file, location, problem));
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    private static String format(String file, String location, String problem) {
        StringBuilder text = new StringBuilder(file == null ? "input" : file);
        if (location != null && !location.isEmpty()) {
            text.append(" at ").append(location);
        }
        return text.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
