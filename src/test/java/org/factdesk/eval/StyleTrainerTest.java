package org.factdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.comments.internal.StyleWeights;
import org.junit.jupiter.api.Test;

class StyleTrainerTest {
  private static List<StyleTrainer.Example> toy() {
    String[] machine = {
      "It is essential that we approach this issue with empathy and an open mind.",
      "Great article! Collaboration between stakeholders will be essential moving forward.",
      "This highlights the importance of transparency and accountability for everyone.",
      "Investing in education is essential for building a resilient society overall.",
      "Thoughtful analysis. Open dialogue will be essential to find common ground here.",
      "It is important to consider the broader implications for future generations."
    };
    String[] human = {
      "lol my bus was late again, third time this week",
      "who even approved this, the road is still full of potholes on Elm St",
      "nah the 2019 version was way better tbh",
      "my kid's school got the same letter on tuesday, nobody answered the phone",
      "ok but where did the 40 million go?? asking for real",
      "saw this live in Leeds last year, sound was awful but still loved it"
    };
    List<StyleTrainer.Example> out = new ArrayList<>();
    for (String m : machine) {
      out.add(StyleTrainer.Example.of(m, true, "toy"));
    }
    for (String h : human) {
      out.add(StyleTrainer.Example.of(h, false, "toy"));
    }
    return out;
  }

  @Test
  void trainingSeparatesTheTrainingSetAndIsSeeded() {
    List<StyleTrainer.Example> xs = toy();
    StyleWeights a = StyleTrainer.fit(xs, 5, 0, 42);
    StyleWeights b = StyleTrainer.fit(xs, 5, 0, 42);
    assertThat(StyleTrainer.auc(a, xs)).isEqualTo(1.0);
    StyleTrainer.Example x = xs.get(0);
    assertThat(a.probability(x.norm(), x.hand())).isEqualTo(b.probability(x.norm(), x.hand()));
    assertThat(a.topMachineGrams(x.norm(), 3)).hasSize(3);
  }

  @Test
  void weightsSurviveWritingAndReading() throws IOException {
    List<StyleTrainer.Example> xs = toy();
    StyleWeights w = StyleTrainer.fit(xs, 3, 0.01, 7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    StyleWeights r = StyleWeights.read(new ByteArrayInputStream(out.toByteArray()));
    for (StyleTrainer.Example x : xs) {
      assertThat(r.probability(x.norm(), x.hand())).isEqualTo(w.probability(x.norm(), x.hand()));
    }
    assertThat(r.nonZero()).isEqualTo(w.nonZero());
    assertThatThrownBy(() -> StyleWeights.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aucNeedsBothClassesAndFeverTokenisationIsUndone() {
    List<StyleTrainer.Example> one = toy().subList(0, 3);
    assertThatThrownBy(() -> StyleTrainer.auc(new StyleWeights(), one))
        .hasMessageContaining("both classes");
    assertThat(StyleTrainer.detokenise("It is -LRB- 2006 -RRB- , Paris 's wave ."))
        .isEqualTo("It is (2006), Paris's wave.");
  }
}
