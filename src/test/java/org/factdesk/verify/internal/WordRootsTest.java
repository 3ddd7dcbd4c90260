package org.factdesk.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordRootsTest {
  @Test
  void formsOfOneVerbMeet() {
    assertThat(WordRoots.root("collapsed")).isEqualTo(WordRoots.root("collapse"));
    assertThat(WordRoots.root("collapsing")).isEqualTo(WordRoots.root("collapse"));
    assertThat(WordRoots.root("carried")).isEqualTo("carry");
  }

  @Test
  void wordsForTheDeadMeet() {
    assertThat(WordRoots.root("killed")).isEqualTo(WordRoots.root("died"));
    assertThat(WordRoots.root("dead")).isEqualTo(WordRoots.root("death"));
    assertThat(WordRoots.root("wounded")).isEqualTo(WordRoots.root("injured"));
    assertThat(WordRoots.root("injured")).isNotEqualTo(WordRoots.root("killed"));
  }

  @Test
  void shortWordsAndOtherWordsStayApart() {
    assertThat(WordRoots.root("need")).isEqualTo("need");
    assertThat(WordRoots.root("bridge")).isNotEqualTo(WordRoots.root("bridal"));
    assertThat(WordRoots.root("port")).isEqualTo("port");
  }
}
