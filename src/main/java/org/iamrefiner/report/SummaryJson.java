package org.iamrefiner.report;

import org.iamrefiner.policy.PolicyWriter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code summary.json} of a batch run: the totals, every failure with its message, the notes,
 * and one line of figures per policy. Written as a stream, item by item.
 */
public final class SummaryJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SummaryJson() {
    }

    public static void write(BatchResult result, Writer out) throws IOException {
        BatchTotals totals = result.totals();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(PolicyWriter.layout());
            json.writeStartObject();
            json.writeStringField("input", result.input());
            json.writeStringField("catalogVersion", result.catalogVersion());

            json.writeObjectFieldStart("principals");
            json.writeNumberField("total", result.principals().total());
            json.writeNumberField("refined", result.principals().refined());
            json.writeNumberField("withoutFinding", result.principals().withoutFinding());
            json.writeNumberField("failed", result.principals().failed());
            json.writeEndObject();

            json.writeObjectFieldStart("policies");
            json.writeNumberField("total", totals.policies());
            json.writeNumberField("changed", totals.changed());
            json.writeNumberField("detached", totals.detached());
            json.writeNumberField("unchanged", totals.unchanged());
            json.writeNumberField("failed", totals.failed());
            json.writeEndObject();

            json.writeObjectFieldStart("entries");
            json.writeNumberField("before", totals.entriesBefore());
            json.writeNumberField("after", totals.entriesAfter());
            json.writeEndObject();
            json.writeObjectFieldStart("characters");
            json.writeNumberField("before", totals.charactersBefore());
            json.writeNumberField("after", totals.charactersAfter());
            json.writeEndObject();
            json.writeNumberField("actionsNoLongerGranted", result.actionsNoLongerGranted());

            json.writeArrayFieldStart("failures");
            for (BatchFailure failure : result.allFailures()) {
                json.writeStartObject();
                writeOptional(json, "principal", failure.principal());
                writeOptional(json, "policy", failure.policy());
                json.writeStringField("message", failure.message());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("notes");
            for (String note : result.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();

            json.writeArrayFieldStart("items");
            for (BatchItem item : result.items()) {
                writeItem(json, item);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void writeItem(JsonGenerator json, BatchItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("principal", item.principal().label());
        writeOptional(json, "principalArn", item.principal().arn());
        json.writeStringField("policy", item.policyName());
        json.writeStringField("attachment", item.attachment().label());
        writeOptional(json, "managedPolicyArn", item.managedPolicyArn());
        if (item.attachment() == BatchItem.Attachment.MANAGED) {
            json.writeNumberField("principalsSharing", item.principalsSharing());
        }
        json.writeStringField("result", item.status().name());
        writeOptional(json, "message", item.message());
        json.writeNumberField("entriesBefore", item.entriesBefore());
        json.writeNumberField("entriesAfter", item.entriesAfter());
        json.writeNumberField("charactersBefore", item.charactersBefore());
        json.writeNumberField("charactersAfter", item.charactersAfter());
        json.writeNumberField("actionsBefore", item.actionsBefore());
        json.writeNumberField("actionsAfter", item.actionsAfter());
        writeOptional(json, "recommendation", item.recommendationFile());
        writeOptional(json, "sizeWarning", item.sizeWarning());
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String key, String value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value);
        }
    }
}
