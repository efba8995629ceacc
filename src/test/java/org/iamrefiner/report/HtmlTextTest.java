package org.iamrefiner.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text set into HTML: the five characters that could end an element or an attribute are escaped. */
class HtmlTextTest {

    @Test
    void eachSpecialCharacterIsEscapedAndTheRestKept() {
        assertThat(HtmlText.escape("\"Action\": [\"s3:Get*\",")).isEqualTo("&quot;Action&quot;: [&quot;s3:Get*&quot;,");
        assertThat(HtmlText.escape("a<b>c&d'e\"")).isEqualTo("a&lt;b&gt;c&amp;d&#39;e&quot;");
        assertThat(HtmlText.escape("<>")).isEqualTo("&lt;&gt;");
        assertThat(HtmlText.escape("nothing to escape, é日")).isEqualTo("nothing to escape, é日");
        assertThat(HtmlText.escape("")).isEmpty();
    }

    @Test
    void escapingAppendsToWhatIsThere() {
        StringBuilder out = new StringBuilder("<td>");
        HtmlText.escapeTo("x & y", out);
        HtmlText.escapeTo(null, out);
        assertThat(out).hasToString("<td>x &amp; y");
    }
}
