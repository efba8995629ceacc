package org.iamrefiner.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One AWS managed policy of the workload: its default version's document.
 *
 * @param name     the policy name ("AmazonS3ReadOnlyAccess")
 * @param arn      its ARN, with the path ("arn:aws:iam::aws:policy/service-role/…")
 * @param version  the default version's id ("v3")
 * @param document the policy document, as AWS publishes it
 */
record ManagedPolicy(String name, String arn, String version, ObjectNode document) {

    /** The path part of the ARN, "/" or "/service-role/", as an account export gives it. */
    String path() {
        String afterPolicy = arn.substring(arn.indexOf(":policy/") + ":policy".length());
        return afterPolicy.substring(0, afterPolicy.lastIndexOf('/') + 1);
    }
}
