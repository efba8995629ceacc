package org.iamrefiner.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.SortedSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iamrefiner.catalog.Catalog;
import org.iamrefiner.engine.facts.Cover;
import org.iamrefiner.engine.facts.Decision;
import org.iamrefiner.engine.facts.FindingInfo;
import org.iamrefiner.engine.facts.ServiceUnused;
import org.iamrefiner.engine.facts.Unused;
import org.iamrefiner.engine.facts.Emission;
import org.iamrefiner.engine.facts.KnownAction;
import org.iamrefiner.engine.facts.KnownActions;
import org.iamrefiner.engine.facts.KnownService;
import org.iamrefiner.engine.facts.NoNotActionRewrite;
import org.iamrefiner.engine.facts.Note;
import org.iamrefiner.engine.facts.PolicyEntry;
import org.iamrefiner.engine.facts.ReportedUnused;
import org.iamrefiner.engine.facts.ReportedUnusedService;
import org.iamrefiner.engine.facts.Statement;
import org.iamrefiner.engine.facts.StatementChange;
import org.iamrefiner.engine.facts.WholeTrie;
import org.iamrefiner.finding.Finding;
import org.iamrefiner.finding.UnusedAction;
import org.iamrefiner.finding.UnusedService;
import org.iamrefiner.policy.Policy;
import org.iamrefiner.policy.PolicyStatement;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.Agenda;

/**
 * Runs the rules over one policy and its finding: inserts the facts, fires the phases in order and
 * reads the conclusions back. It makes no refinement decision itself.
 */
public final class RefinementEngine {

    /** The agenda groups, in the order they run; a phase only negates facts of earlier phases. */
    public static final List<String> PHASES =
            List.of("exempt", "unused", "scope", "statement", "keep", "decide", "trie", "select");

    private final RuleBase rules;
    private final Catalog catalog;
    private final RefinementSettings settings;
    private final CatalogFacts catalogFacts;
    private final SortedSet<String> services;
    /**
     * Sessions are reused: a disposed session is reset and handed to the next refinement, which
     * then fills the node memories the last one left instead of allocating them anew.
     */
    private final KieSessionsPool sessions;

    public RefinementEngine(RuleBase rules, Catalog catalog, RefinementSettings settings) {
        this.rules = rules;
        this.catalog = catalog;
        this.settings = settings;
        this.catalogFacts = new CatalogFacts(catalog);
        this.services = Collections.unmodifiableSortedSet(catalog.services());
        // One session made now; the pool makes another whenever all are in use (one per worker).
        this.sessions = rules.kieBase().newKieSessionsPool(1);
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Refines one policy against one finding. */
    public EngineResult run(Policy policy, Finding finding) {
        return run(policy, finding, false);
    }

    /**
     * Refines one policy against one finding.
     *
     * @param withEvidence also read back the derivation behind every cover, for explanations
     */
    public EngineResult run(Policy policy, Finding finding, boolean withEvidence) {
        KieSession session = sessions.newKieSession();
        Conclusions conclusions = new Conclusions(withEvidence);
        session.addEventListener(conclusions);
        try {
            PolicyReach reach = PolicyReach.of(policy);
            List<List<PolicyEntry>> entries = insertPolicy(session, policy);
            insertCatalog(session, reach, finding);
            InsertedFinding inserted = insertFinding(session, finding, reach);
            if (!settings.notActionRewrite()) {
                session.insert(new NoNotActionRewrite("--no-notaction-rewrite"));
            }
            if (withEvidence) {
                session.insert(new WholeTrie("the evidence is kept for an explanation"));
            }
            Agenda agenda = session.getAgenda();
            for (int i = PHASES.size() - 1; i >= 0; i--) {
                agenda.getAgendaGroup(PHASES.get(i)).setFocus();
            }
            session.fireAllRules();
            return results(session, conclusions, entries, finding, reach, inserted, withEvidence);
        } finally {
            // The reset that returns the session to the pool keeps its listeners.
            session.removeEventListener(conclusions);
            session.dispose();
        }
    }

    private static List<List<PolicyEntry>> insertPolicy(KieSession session, Policy policy) {
        List<List<PolicyEntry>> entries = new ArrayList<>();
        for (PolicyStatement statement : policy.statements()) {
            session.insert(new Statement(statement.pointer(), statement.effect().json(), statement.field().json()));
            List<PolicyEntry> list = new ArrayList<>();
            for (int i = 0; i < statement.entries().size(); i++) {
                PolicyEntry entry = new PolicyEntry(statement.pointer(), i, statement.effect().json(),
                        statement.field().json(), statement.entries().get(i));
                session.insert(entry);
                list.add(entry);
            }
            entries.add(list);
        }
        return entries;
    }

    /**
     * The catalog facts the rules can join on together with this policy: the services and actions
     * its patterns can reach, and every action of a service the finding reports wholly unused that
     * they can reach.
     */
    private void insertCatalog(KieSession session, PolicyReach reach, Finding finding) {
        for (String service : reach.servicesAmong(services)) {
            session.insert(new KnownService(service));
        }
        KnownActions reached = reach.everything() ? catalogFacts.all()
                : catalogFacts.all().startingWithAny(reachedPrefixes(reach, finding));
        // Core rules look catalog actions up in the KnownActions fact; organisation rules may also
        // match the KnownAction facts, which are then inserted too.
        if (rules.matchesFactsOf(KnownAction.class)) {
            reached.all().forEach(session::insert);
        }
        session.insert(reached);
    }

    /** The literal prefixes of the policy's patterns, and "svc:" for each service reported wholly unused that it reaches. */
    private static Set<String> reachedPrefixes(PolicyReach reach, Finding finding) {
        Set<String> prefixes = new HashSet<>(reach.roots());
        for (UnusedService service : finding.services()) {
            if (service.serviceLevel() && reach.reachesService(service.service())) {
                prefixes.add(service.service() + ":");
            }
        }
        return prefixes;
    }

    /**
     * The finding's facts in a session: the reported actions inserted (those the policy reaches), the
     * services reported wholly unused, and whether such a service also lists actions.
     */
    private record InsertedFinding(Set<ReportedUnused> actions, Set<String> wholeServices, boolean wholeServiceListsActions) {
    }

    /**
     * Inserts the finding: every service reported wholly unused, and the reported unused actions the
     * policy can reach.
     */
    private static InsertedFinding insertFinding(KieSession session, Finding finding, PolicyReach reach) {
        Set<ReportedUnused> actions = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> wholeServices = new HashSet<>();
        boolean wholeServiceListsActions = false;
        session.insert(new FindingInfo(finding.resourceArn(), finding.analyzedAt()));
        for (UnusedService service : finding.services()) {
            if (service.serviceLevel()) {
                session.insert(new ReportedUnusedService(service.service(), service.lastAccessed()));
                wholeServices.add(service.service());
                wholeServiceListsActions |= !service.actions().isEmpty();
            }
            String lastService = null;
            boolean serviceReached = false;
            for (UnusedAction action : service.actions()) {
                // The actions of a service share its name: a service out of reach is passed over by one lookup.
                if (action.service() != lastService) {
                    lastService = action.service();
                    serviceReached = reach.reachesService(lastService);
                }
                if (serviceReached && reach.reaches(action.key())) {
                    ReportedUnused reported = new ReportedUnused(action.service(), action.fullName(), action.key(),
                            action.lastAccessed());
                    session.insert(reported);
                    actions.add(reported);
                }
            }
        }
        return new InsertedFinding(actions, wholeServices, wholeServiceListsActions);
    }

    /**
     * What the rules count as unused, as a finding: the check before output proves the guarantees
     * against it. Reported names the policy cannot reach never met the rules and count as reported.
     * When the rules counted every reported action and service they met as unused, and nothing
     * else, that is the reported finding itself: a principal's policies then share one finding,
     * which the check reads once.
     */
    private static Finding effectiveUnused(Conclusions conclusions, Finding reported, PolicyReach reach,
                                           InsertedFinding inserted) {
        List<Unused> unusedFacts = conclusions.of(Unused.class);
        List<ServiceUnused> serviceFacts = conclusions.of(ServiceUnused.class);
        if (countsAsReported(unusedFacts, serviceFacts, inserted)) {
            return reported;
        }
        Map<String, List<UnusedAction>> actions = new TreeMap<>();
        for (UnusedService service : reported.services()) {
            for (UnusedAction action : service.actions()) {
                if (!reach.reaches(action.key())) {
                    actions.computeIfAbsent(action.service(), s -> new ArrayList<>()).add(action);
                }
            }
        }
        for (Unused unused : unusedFacts) {
            String name = unused.getFullName().substring(unused.getService().length() + 1);
            actions.computeIfAbsent(unused.getService(), s -> new ArrayList<>()).add(new UnusedAction(unused.getService(), name, null));
        }
        List<UnusedService> services = new ArrayList<>();
        actions.forEach((service, list) -> services.add(new UnusedService(service, false, list, null)));
        for (ServiceUnused unused : serviceFacts) {
            services.removeIf(service -> service.service().equals(unused.getService()));
            services.add(new UnusedService(unused.getService(), true, List.of(), null));
        }
        return new Finding(reported.source(), reported.resourceArn(), services, reported.analyzedAt());
    }

    /**
     * Whether each reported action inserted became one Unused fact and nothing else did, and the
     * services unused as a whole are those reported so (none of which lists actions, which the
     * finding built above would leave out).
     */
    private static boolean countsAsReported(List<Unused> unusedFacts, List<ServiceUnused> serviceFacts,
                                            InsertedFinding inserted) {
        if (inserted.wholeServiceListsActions() || unusedFacts.size() != inserted.actions().size()) {
            return false;
        }
        Set<ReportedUnused> origins = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Unused unused : unusedFacts) {
            ReportedUnused origin = unused.getReported();
            if (origin == null || !inserted.actions().contains(origin) || !origins.add(origin)) {
                return false;
            }
        }
        Set<String> services = new HashSet<>();
        for (ServiceUnused unused : serviceFacts) {
            services.add(unused.getService());
        }
        return services.equals(inserted.wholeServices());
    }

    private static EngineResult results(KieSession session, Conclusions conclusions, List<List<PolicyEntry>> entries,
                                        Finding source, PolicyReach reach, InsertedFinding inserted,
                                        boolean withEvidence) {
        Map<PolicyEntry, Decision> decisions = new IdentityHashMap<>();
        for (Decision decision : conclusions.of(Decision.class)) {
            Decision earlier = decisions.put(decision.getEntry(), decision);
            if (earlier != null) {
                throw new IllegalStateException("the rules decided twice on " + decision.getEntry()
                        + ": " + earlier + " by \"" + earlier.getRule() + "\" and " + decision
                        + " by \"" + decision.getRule() + "\"");
            }
        }
        Map<String, StatementChange> changes = new HashMap<>();
        for (StatementChange change : conclusions.of(StatementChange.class)) {
            StatementChange earlier = changes.put(change.getStatement(), change);
            if (earlier != null) {
                throw new IllegalStateException("the rules changed " + change.getStatement() + " twice: "
                        + earlier + " by \"" + earlier.getRule() + "\" and " + change + " by \"" + change.getRule() + "\"");
            }
        }
        Map<PolicyEntry, List<Emission>> entryEmissions = new IdentityHashMap<>();
        Map<String, List<Emission>> exclusions = new HashMap<>();
        Map<Cover, List<Emission>> byCover = new IdentityHashMap<>();
        for (Emission emission : conclusions.of(Emission.class)) {
            Cover cover = emission.getCover();
            byCover.computeIfAbsent(cover, c -> new ArrayList<>()).add(emission);
            if (cover.getEntry() != null) {
                entryEmissions.computeIfAbsent(cover.getEntry(), e -> new ArrayList<>()).add(emission);
            } else {
                exclusions.computeIfAbsent(cover.getStatement(), s -> new ArrayList<>()).add(emission);
            }
        }
        List<Note> notes = conclusions.of(Note.class);
        Evidence evidence = withEvidence ? Evidence.read(conclusions, byCover) : Evidence.none();
        return new EngineResult(entries, decisions, entryEmissions, changes, exclusions, notes,
                effectiveUnused(conclusions, source, reach, inserted), evidence);
    }
}
