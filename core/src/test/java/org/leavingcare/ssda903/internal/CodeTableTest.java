package org.leavingcare.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes found from a cell's bytes: only as written, the shared instance. */
class CodeTableTest {

  /** The cell looked up both near the buffer's end (byte by byte) and inside it (eight bytes at once). */
  private static String find(CodeTable t, String cell) {
    byte[] b = ("," + cell + ",").getBytes(StandardCharsets.UTF_8);
    String atEnd = t.find(b, 1, b.length - 1);
    byte[] inside = ("," + cell + ",XXXXXXXX\u0000\u0000abc").getBytes(StandardCharsets.UTF_8);
    assertThat(t.find(inside, 1, b.length - 1)).as(cell).isSameAs(atEnd);
    return atEnd;
  }

  @Test
  void findsEachCodeAsWrittenAndReturnsTheSharedInstance() {
    String pn1 = new String("PN1".toCharArray());
    List<String> codes = List.of(pn1, "PN0", "E11", "E1", "CARPL", "ABCDEFGH", "1", "WBRI");
    CodeTable t = new CodeTable(codes);
    for (String c : codes) {
      assertThat(find(t, c)).isSameAs(c);
    }
    assertThat(find(t, "PN1")).isSameAs(pn1);
  }

  @Test
  void anythingTheTextPathWouldNormaliseOrRejectIsNotFound() {
    CodeTable t = new CodeTable(List.of("PN1", "E11", "1", "ABCDEFGH", "ABCDEFGHI", "1.0", "ab", "A B"));
    for (String cell : List.of("", " ", "pn1", "Pn1", " PN1", "PN1 ", "E1", "E111", "1.0", "1.00", "ABCDEFGHI",
        "ab", "AB", "A B", "PN\u00e91", "P\tN1", "PN1\u0000", "\u0000PN1", "\u0000", "E1\u0000", "\u0000\u0000\u0000")) {
      assertThat(find(t, cell)).as(cell).isNull();
    }
    assertThat(find(t, "ABCDEFGH")).isEqualTo("ABCDEFGH");
  }

  @Test
  void manyCodesCollideInNoSlot() {
    List<String> codes = new java.util.ArrayList<>();
    for (int i = 0; i < 500; i++) {
      codes.add("C" + i);
    }
    CodeTable t = new CodeTable(codes);
    for (String c : codes) {
      assertThat(find(t, c)).isSameAs(c);
    }
    assertThat(find(t, "C500")).isNull();
  }
}
