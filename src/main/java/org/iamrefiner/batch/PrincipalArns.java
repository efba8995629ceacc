package org.iamrefiner.batch;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches findings to principals by ARN. A role or user name is unique in its account whatever
 * its path, and IAM compares names ignoring case, so the key drops the path and the case:
 * {@code arn:aws:iam::123456789012:role/service-role/Deployer} and
 * {@code arn:aws:iam::123456789012:role/deployer} are the same principal.
 */
final class PrincipalArns {

    private static final Pattern IAM_PRINCIPAL =
            Pattern.compile("(arn:[^:]+:iam::[^:]*:(?:role|user))/(?:[^/]*/)*([^/]+)");

    private PrincipalArns() {
    }

    static String key(String arn) {
        Matcher matcher = IAM_PRINCIPAL.matcher(arn.strip());
        String key = matcher.matches() ? matcher.group(1) + "/" + matcher.group(2) : arn.strip();
        return key.toLowerCase(Locale.ROOT);
    }
}
