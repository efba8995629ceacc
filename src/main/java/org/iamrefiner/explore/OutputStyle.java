package org.iamrefiner.explore;

/** How the exploring commands ({@code expand}, {@code catalog diff}, {@code drift}) print their result. */
public enum OutputStyle {
    /** Lines for a terminal; comment lines start with {@code #}, data lines are bare action names. */
    text,
    /** One JSON document. */
    json
}
