package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.article.Article;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {
  static final String PAGE =
      """
      <!DOCTYPE html><html lang="en"><head><title>Ferry returns | Ledger</title></head>
      <body><nav><a href="/">Home</a></nav><div>Listen to the article</div>
      <article><h1>Ferry returns</h1><p class="byline">By A. Writer</p>
      <p>The ferry reopened on Thursday.</p><blockquote><p>It is back,</p> she said.</blockquote>
      <h2>Costs</h2><p>Repairs cost $4.2 million.</p></article>
      <section class="comments"><p>Great news!</p></section><footer>All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void takesHeadlineAndArticleParagraphsOnly() {
    assertThat(HtmlArticle.looksLikeHtml(PAGE)).isTrue();
    Article a = HtmlArticle.of(PAGE, "page.html");
    assertThat(a.title()).isEqualTo("Ferry returns");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.text())
        .isEqualTo(
            "The ferry reopened on Thursday.\n\nIt is back, she said.\n\nCosts\n\n"
                + "Repairs cost $4.2 million.");
  }

  @Test
  void plainTextIsNotHtml() {
    assertThat(HtmlArticle.looksLikeHtml("The <b> tag is bold.")).isFalse();
  }
}
