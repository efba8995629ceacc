package org.iamrefiner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/** Conclusions are read back by type in the order they were inserted, whatever order the session keeps them in. */
class ConclusionsTest {

    @Test
    void factsOfATypeComeInTheOrderTheyWereInsertedWithoutTheDeletedOnes() {
        KieSession session = RuleBase.core().kieBase().newKieSession();
        try {
            List<String> inserted = new ArrayList<>();
            List<FactHandle> handles = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String fact = "fact " + (i * 7919 % 500);
                inserted.add(fact);
                handles.add(session.insert(fact));
                session.insert(Integer.valueOf(i));
            }
            session.delete(handles.get(3));
            inserted.remove(3);

            Conclusions conclusions = new Conclusions(session);

            assertThat(conclusions.of(String.class)).containsExactlyElementsOf(inserted);
            assertThat(conclusions.of(Integer.class)).hasSize(500).isSorted();
            assertThat(conclusions.of(Double.class)).isEmpty();
        } finally {
            session.dispose();
        }
    }
}
