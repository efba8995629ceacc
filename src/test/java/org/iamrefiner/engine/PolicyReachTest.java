package org.iamrefiner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.iamrefiner.catalog.Glob;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyReader;
import org.junit.jupiter.api.Test;

class PolicyReachTest {

    private static Policy policy(String statements) throws Exception {
        return PolicyReader.parse("p.json", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
    }

    @Test
    void aPatternReachesTheNamesThatStartWithItsLiteralPart() throws Exception {
        PolicyReach reach = PolicyReach.of(policy(
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:GetObject\",\"ec2:DescribeInstances\",\"lambda:*\"],\"Resource\":\"*\"}"));
        assertThat(reach.everything()).isFalse();
        assertThat(reach.roots()).containsExactly("ec2:describeinstances", "lambda:", "s3:get");
        assertThat(reach.reaches("s3:getobjectacl")).isTrue();
        assertThat(reach.reaches("s3:putobject")).isFalse();
        assertThat(reach.reaches("ec2:describeinstances")).isTrue();
        assertThat(reach.reaches("ec2:describeimages")).isFalse();
        assertThat(reach.reaches("lambda:invokefunction")).isTrue();
        assertThat(reach.reachesService("s3")).isTrue();
        assertThat(reach.reachesService("sqs")).isFalse();
        assertThat(reach.reachesService("lambda")).isTrue();
        assertThat(reach.servicesAmong(new TreeSet<>(List.of("ec2", "lambda", "lambda-edge", "s3", "sqs"))))
                .containsExactly("ec2", "lambda", "s3");
    }

    @Test
    void notActionAndAStarReachEverything() throws Exception {
        assertThat(PolicyReach.of(policy("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}")).everything()).isTrue();
        assertThat(PolicyReach.of(policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}")).everything()).isTrue();
        assertThat(PolicyReach.of(policy("{\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}")).everything()).isFalse();
    }

    /** Reach is exact as a necessary condition: whatever a pattern matches, the policy reaches. */
    @Property(tries = 500)
    void everyNameAPatternMatchesIsReached(@ForAll @StringLength(min = 1, max = 4) @Chars({'a', 'b'}) String service,
                                           @ForAll @StringLength(min = 1, max = 6) @Chars({'a', 'b', '*', '?'}) String action,
                                           @ForAll @StringLength(max = 8) @Chars({'a', 'b', ':'}) String name) throws Exception {
        String pattern = service + ":" + action;
        PolicyReach reach = PolicyReach.of(policy("{\"Effect\":\"Allow\",\"Action\":[\"" + pattern + "\",\"b:a*\"],\"Resource\":\"*\"}"));
        if (Glob.matches(pattern, name)) {
            assertThat(reach.reaches(name)).isTrue();
            int colon = name.indexOf(':');
            if (colon >= 0) {
                assertThat(reach.reachesService(name.substring(0, colon))).isTrue();
            }
        }
    }
}
