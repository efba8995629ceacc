package org.iamrefiner.engine;

import java.util.SortedSet;
import java.util.TreeSet;
import org.iamrefiner.catalog.Glob;
import org.iamrefiner.policy.ActionField;
import org.iamrefiner.policy.Effect;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;

/**
 * Which action names a policy's patterns can match at all: a pattern matches only names that start
 * with its literal part before the first wildcard, and an Allow NotAction statement reaches
 * everything. Facts about other names (catalog actions, reported unused actions) can join no rule
 * together with this policy's facts, so the engine leaves them out of its session.
 */
final class PolicyReach {

    /** The literal parts of the patterns, lower case; none starts with another. */
    private final TreeSet<String> roots = new TreeSet<>();
    private final boolean everything;

    private PolicyReach(Policy policy) {
        boolean all = false;
        TreeSet<String> literalParts = new TreeSet<>();
        for (PolicyStatement statement : policy.statements()) {
            all |= statement.effect() == Effect.ALLOW && statement.field() == ActionField.NOT_ACTION;
            for (String entry : statement.entries()) {
                literalParts.add(Glob.root(entry));
            }
        }
        String covering = null;
        for (String part : literalParts) {
            // In sorted order the parts that start with a shorter one follow it directly.
            if (covering == null || !part.startsWith(covering)) {
                roots.add(part);
                covering = part;
            }
        }
        this.everything = all || roots.contains("");
    }

    static PolicyReach of(Policy policy) {
        return new PolicyReach(policy);
    }

    /** True when the policy may reach every name (an Allow NotAction statement, or a pattern such as "*"). */
    boolean everything() {
        return everything;
    }

    /** The literal parts of the patterns, lower case, none starting with another. */
    TreeSet<String> roots() {
        return roots;
    }

    /** True when some pattern of the policy can match the lower-case name. */
    boolean reaches(String key) {
        if (everything) {
            return true;
        }
        // The roots are prefix-free, so only the greatest root not after the key can be its prefix.
        String candidate = roots.floor(key);
        return candidate != null && key.startsWith(candidate);
    }

    /** The services of the given sorted set that some pattern of the policy can reach. */
    SortedSet<String> servicesAmong(SortedSet<String> services) {
        if (everything) {
            return services;
        }
        SortedSet<String> reached = new TreeSet<>();
        for (String root : roots) {
            int colon = root.indexOf(':');
            if (colon >= 0) {
                String service = root.substring(0, colon);
                if (services.contains(service)) {
                    reached.add(service);
                }
            } else {
                // A root inside the service part ("s3" of "s3*") reaches every service starting with it.
                reached.addAll(services.subSet(root, root + Character.MAX_VALUE));
            }
        }
        return reached;
    }

    /** True when some pattern of the policy can match a name of the service ("svc:..."). */
    boolean reachesService(String service) {
        if (everything) {
            return true;
        }
        String prefix = service + ":";
        String candidate = roots.floor(prefix);
        if (candidate != null && prefix.startsWith(candidate)) {
            return true;
        }
        String next = roots.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }
}
