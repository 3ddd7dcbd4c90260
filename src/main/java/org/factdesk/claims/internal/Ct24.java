package org.factdesk.claims.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reader of the CLEF CheckThat! 2024 task 1 TSV files: {@code Sentence_id, Text, class_label}. */
public final class Ct24 {
  /** One labelled sentence. */
  public record Example(String id, String text, boolean positive) {}

  private Ct24() {}

  public static List<Example> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<Example> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        throw new IOException(
            tsv + ":" + (i + 1) + ": expected 3 tab-separated fields, got " + f.length);
      }
      String label = f[f.length - 1].strip();
      if (!label.equals("Yes") && !label.equals("No")) {
        throw new IOException(
            tsv + ":" + (i + 1) + ": label must be Yes or No, got '" + label + "'");
      }
      out.add(new Example(f[0], f[1], label.equals("Yes")));
    }
    return List.copyOf(out);
  }

  /**
   * Reads the CLEF CheckThat! 2020 debate TSV ({@code text, label} with label 0 or 1); ids are
   * {@code clef20:LINE}.
   */
  public static List<Example> readClef20(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<Example> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw new IOException(tsv + ":" + (i + 1) + ": expected text<TAB>label");
      }
      String label = line.substring(tab + 1).strip();
      if (!label.equals("0") && !label.equals("1")) {
        throw new IOException(tsv + ":" + (i + 1) + ": label must be 0 or 1, got '" + label + "'");
      }
      out.add(new Example("clef20:" + (i + 1), line.substring(0, tab).strip(), label.equals("1")));
    }
    return List.copyOf(out);
  }

  /** Positive-class precision, recall and F1 of {@code predicted} against {@code gold}. */
  public record Prf(double precision, double recall, double f1) {
    public static Prf of(boolean[] gold, boolean[] predicted) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.length; i++) {
        if (predicted[i] && gold[i]) {
          tp++;
        } else if (predicted[i]) {
          fp++;
        } else if (gold[i]) {
          fn++;
        }
      }
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }
}
