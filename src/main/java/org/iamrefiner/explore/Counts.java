package org.iamrefiner.explore;

/** Counted nouns for messages: "1 action", "58 actions". */
final class Counts {

    private Counts() {
    }

    static String actions(int count) {
        return of(count, "action", "actions");
    }

    static String services(int count) {
        return of(count, "service", "services");
    }

    static String of(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
