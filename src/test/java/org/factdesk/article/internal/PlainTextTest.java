package org.factdesk.article.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.article.Comment;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void linePerParagraphWithoutTitle() {
    PlainText.Layout l =
        PlainText.read("First paragraph is a sentence.\nSecond paragraph is another one.\n");
    assertThat(l.title()).isNull();
    assertThat(l.paragraphs())
        .containsExactly("First paragraph is a sentence.", "Second paragraph is another one.");
    assertThat(l.comments()).isEmpty();
  }

  @Test
  void hardWrappedBlocksBecomeOneParagraph() {
    PlainText.Layout l =
        PlainText.read("Title Of The Story\n\nLine one of a\nwrapped paragraph.\n\nNext one.\r\n");
    assertThat(l.title()).isEqualTo("Title Of The Story");
    assertThat(l.paragraphs()).containsExactly("Line one of a wrapped paragraph.", "Next one.");
  }

  @Test
  void boxWithCallToActionAndWidgetsAreDropped() {
    PlainText.Layout l =
        PlainText.read(
            "Listen to the article\nBody sentence one.\nFact Checker\nVerify the accuracy of this article using our sources.\n");
    assertThat(l.paragraphs()).containsExactly("Body sentence one.");
  }

  @Test
  void proseThatMerelyStartsLikeAnInvitationStays() {
    PlainText.Layout l =
        PlainText.read(
            "Support for the measure grew among our readers.\nSee the council minutes for details.\nRead more here\n");
    assertThat(l.paragraphs())
        .containsExactly(
            "Support for the measure grew among our readers.",
            "See the council minutes for details.");
  }

  @Test
  void subheadingsFollowedByProseStay() {
    PlainText.Layout l =
        PlainText.read(
            "Body sentence one is long enough.\nBackground\nMore body text follows here.\n");
    assertThat(l.paragraphs()).contains("Background");
  }

  @Test
  void commentsPerBlockWhenTheCountSaysSo() {
    PlainText.Layout l =
        PlainText.read(
            "Body.\n\n2 Comments\n\nFirst comment\nspans two lines.\n\nSecond comment.\n");
    assertThat(l.comments())
        .extracting(Comment::text)
        .containsExactly("First comment spans two lines.", "Second comment.");
  }

  @Test
  void replyOpenersLinkToThePreviousComment() {
    PlainText.Layout l =
        PlainText.read(
            "Body.\nComments\nA point of view.\nWell said, I think so too.\nI’m not sure about this.\nYou’re right to doubt it.\nTruely odd.\n");
    assertThat(l.comments())
        .extracting(Comment::parentId)
        .containsExactly(null, "c1", null, "c3", null);
  }
}
