package org.leavingcare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void markupCharactersAreShownAsWritten() {
    assertThat(Markdown.escape("*bold* _it_ `code` # ! \\")).isEqualTo("\\*bold\\* \\_it\\_ \\`code\\` \\# \\! \\\\");
  }

  @Test
  void htmlBecomesEntitiesSoNoRespondentTextRunsAsMarkup() {
    assertThat(Markdown.escape("<script>alert('x')</script> & co"))
        .isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co");
  }

  @Test
  void onlyBracketsThatCouldCloseALinkAreEscaped() {
    assertThat(Markdown.escape("[c] and [z]")).isEqualTo("[c] and [z]");
    assertThat(Markdown.escape("[see](http://x) [a][b] [r]: http://y"))
        .isEqualTo("[see\\](http://x) [a\\][b] [r\\]: http://y");
  }

  @Test
  void escapeKeepsLineFeedsAndDropsCarriageReturns() {
    assertThat(Markdown.escape("one\r\ntwo")).isEqualTo("one\ntwo");
  }

  @Test
  void inlineFoldsLinesAndEscapesPipesSoATableCellStaysOneCell() {
    assertThat(Markdown.inline("a | b\r\nc")).isEqualTo("a \\| b c");
  }
}
