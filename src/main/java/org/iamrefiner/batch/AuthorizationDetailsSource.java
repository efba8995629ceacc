package org.iamrefiner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iamrefiner.input.InputException;

/**
 * The roles and users of an {@code aws iam get-account-authorization-details} export. One
 * streaming pass notes where each principal and managed policy is in the file (and counts
 * attachments); each principal is then read from its offset by the worker that refines it.
 *
 * <p>Groups are not refined: a group's policies serve every member, while findings are per role
 * or user, so no single finding says what the group no longer needs. They are counted in a note.
 */
final class AuthorizationDetailsSource implements PrincipalSource {

    private static final String ROLES = "RoleDetailList";
    private static final String USERS = "UserDetailList";
    private static final String GROUPS = "GroupDetailList";
    private static final String POLICIES = "Policies";

    /** Where one role or user is in the file, and its name for messages. */
    private record Entry(PrincipalDetails.Kind kind, int index, long offset, String name) {
    }

    private final Path file;
    private final FindingIndex findings;
    private final ManagedPolicies managed;
    private final PrincipalDetails details;
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int groupPolicies;
    private int usersInGroups;

    private AuthorizationDetailsSource(Path file, FindingIndex findings) {
        this.file = file;
        this.findings = findings;
        this.managed = new ManagedPolicies(file);
        this.details = new PrincipalDetails(file, managed, findings);
    }

    /**
     * Indexes the export.
     *
     * @throws InputException when the file cannot be read, is not JSON, or is not an export
     */
    static AuthorizationDetailsSource index(Path file, FindingIndex findings) throws InputException {
        AuthorizationDetailsSource source = new AuthorizationDetailsSource(file, findings);
        Set<String> lists = Set.of(ROLES, USERS, GROUPS, POLICIES);
        TopLevelLists.TopLevel top = TopLevelLists.stream(file, lists, source::visit);
        if (top.keys().stream().noneMatch(lists::contains)) {
            throw new InputException(file.toString(), null, "not an account authorization details export: expected "
                    + "UserDetailList, RoleDetailList, GroupDetailList or Policies (from 'aws iam get-account-authorization-details')");
        }
        JsonNode truncated = top.scalars().get("IsTruncated");
        if (truncated != null && truncated.asBoolean(false)) {
            source.notes.add(file + " says IsTruncated: true, so it holds only the first page; the AWS CLI fetches "
                    + "every page when --max-items is not given");
        }
        if (source.groupPolicies > 0) {
            source.notes.add(source.groupPolicies + " group polic" + (source.groupPolicies == 1 ? "y was" : "ies were")
                    + " not refined (" + source.usersInGroups + " user" + (source.usersInGroups == 1 ? " is" : "s are")
                    + " in groups): a group's policies serve all its members, and findings are per role or user");
        }
        return source;
    }

    private void visit(String list, int index, long offset, JsonNode element) {
        switch (list) {
            case ROLES -> addPrincipal(PrincipalDetails.Kind.ROLE, index, offset, element);
            case USERS -> {
                addPrincipal(PrincipalDetails.Kind.USER, index, offset, element);
                JsonNode groups = element.get("GroupList");
                if (groups != null && groups.isArray() && !groups.isEmpty()) {
                    usersInGroups++;
                }
            }
            case GROUPS -> {
                countAttachments(element);
                JsonNode inline = element.get("GroupPolicyList");
                JsonNode attached = element.get("AttachedManagedPolicies");
                groupPolicies += (inline != null && inline.isArray() ? inline.size() : 0)
                        + (attached != null && attached.isArray() ? attached.size() : 0);
            }
            case POLICIES -> managed.addPolicy(index, offset, element);
            default -> throw new IllegalArgumentException(list);
        }
    }

    private void addPrincipal(PrincipalDetails.Kind kind, int index, long offset, JsonNode element) {
        String name = JsonFields.text(element, kind.nameKey);
        entries.add(new Entry(kind, index, offset, name));
        countAttachments(element);
    }

    private void countAttachments(JsonNode principal) {
        JsonNode attached = principal.get("AttachedManagedPolicies");
        if (attached == null || !attached.isArray()) {
            return;
        }
        for (JsonNode attachment : attached) {
            String arn = JsonFields.text(attachment, "PolicyArn");
            if (arn != null) {
                managed.addAttachment(arn);
            }
        }
    }

    @Override
    public long count() {
        return entries.size();
    }

    @Override
    public void forEach(Sink sink) throws InterruptedException {
        long sequence = 0;
        for (Entry entry : entries) {
            String list = entry.kind() == PrincipalDetails.Kind.ROLE ? ROLES : USERS;
            String pointer = "/" + list + "/" + entry.index();
            String label = entry.kind().label + "/" + (entry.name() == null ? list + "[" + entry.index() + "]" : entry.name());
            sink.accept(new PrincipalEntry(sequence++, label,
                    () -> details.read(entry.kind(), JsonAtOffset.read(file, entry.offset(), pointer), pointer)));
        }
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        all.addAll(findings.notes());
        return all;
    }
}
