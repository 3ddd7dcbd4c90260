package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdesk.FactDeskException;
import org.factdesk.InputException;
import org.factdesk.eval.AggregatorTrainer;
import org.factdesk.eval.BenchmarkResult;
import org.factdesk.eval.Benchmarks;
import org.factdesk.eval.StanceTrainer;
import org.factdesk.internal.Json;
import org.factdesk.nlp.Embedder;
import org.factdesk.verify.JointEncoder;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk eval}: runs a verification benchmark, or retrains the stance head. */
@Command(
    name = "eval",
    description = {
      "Run a benchmark on a data set and print its figures as JSON.",
      "BENCHMARK: fever-symmetric, vitaminc, check-covid, check-covid-numeric,"
          + " check-covid-temporal, healthver, climate-fever, averitec, all;"
          + " or train-stance (rebuild the shipped stance weights into -o DIR);"
          + " or train-aggregator (rebuild the claim-level aggregator into -o DIR);"
          + " or train-style (train the comment style model, an experiment, into -o DIR);"
          + " or speed (check a 1,000-word article against --limit N passages, default 100000).",
    })
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global;

  @Parameters(index = "0", paramLabel = "BENCHMARK", description = "Benchmark name.")
  String benchmark;

  @Option(
      names = "--data-set",
      paramLabel = "PATH",
      description =
          "The shared data directory (default ../shared/data), or one data file for the benchmark.")
  Path dataSet;

  @Option(names = "--limit", paramLabel = "N", description = "Score at most N examples (0 = all).")
  int limit;

  @Option(
      names = "--bench-dir",
      paramLabel = "DIR",
      description =
          "speed: the data directory whose index is built once and reused (default:"
              + " target/bench/speed-data-N).")
  Path benchDir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the JSON figures here (for train-stance: the weights directory).")
  Path output;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "Also write each example's prediction here, one JSON object a line (benchmark, where,"
              + " claim, gold, predicted, confidence, why), to read the errors.")
  Path predictions;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new InputException("--limit", "must be >= 0, got " + limit);
    }
    writable("--predictions", predictions);
    Path data = dataRoot();
    PrintWriter out = spec.commandLine().getOut();
    if (benchmark.equals("train-stance")) {
      Path dir = output != null ? output : Path.of("src/main/resources/org/factdesk/verify");
      List<StanceTrainer.Trained> t =
          StanceTrainer.trainShipped(
              data, Embedder.shared()::embed, JointEncoder.of(Embedder.shared()));
      StanceTrainer.write(t.get(0), dir);
      StanceTrainer.writeJoint(t.get(1), dir, StanceModel.JOINT_TOP);
      out.println(t.get(0).log());
      out.println("joint head: " + t.get(1).log());
      out.println(
          "wrote " + dir.resolve("stance-head.bin") + ", " + dir.resolve("stance-joint-head.bin"));
      out.flush();
      return 0;
    }
    if (benchmark.equals("train-aggregator")) {
      Path dir =
          output != null ? output : Path.of("src/main/resources/org/factdesk/verify/aggregator");
      AggregatorTrainer.Trained t =
          AggregatorTrainer.train(
              new Benchmarks(
                  StanceModel.shipped(Embedder.shared()::embed), StanceAggregator.standard()),
              data,
              AggregatorTrainer.Settings.shipped());
      AggregatorTrainer.write(t, dir);
      out.println(t.log());
      out.println("wrote " + dir.resolve("aggregator.properties"));
      out.flush();
      return 0;
    }
    if (benchmark.equals("train-style")) {
      Path dir =
          output != null ? output : Path.of("src/main/resources/org/factdesk/comments/style");
      org.factdesk.eval.StyleTrainer.Trained t = org.factdesk.eval.StyleTrainer.train(data);
      Path file = org.factdesk.eval.StyleTrainer.write(t, dir);
      out.print(t.log());
      out.println("wrote " + file);
      out.flush();
      return 0;
    }
    if (benchmark.equals("speed")) {
      int n = limit > 0 ? limit : 100_000;
      Path dir = benchDir != null ? benchDir : Path.of("target", "bench", "speed-data-" + n);
      String json =
          Json.pretty(
              org.factdesk.eval.SpeedBenchmark.run(
                  org.factdesk.eval.SpeedBenchmark.Settings.of(n, dir), Embedder.shared()::embed));
      Path file = output != null ? output : Path.of("target", "bench", "verify-speed.json");
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new FactDeskException("cannot write " + file, e);
      }
      out.println(json);
      out.flush();
      return 0;
    }
    List<String> names = benchmark.equals("all") ? Benchmarks.NAMES : List.of(benchmark);
    if (!benchmark.equals("all") && !Benchmarks.NAMES.contains(benchmark)) {
      throw new InputException(
          benchmark,
          "unknown benchmark; known: all, train-stance, train-aggregator, train-style, "
              + Benchmarks.NAMES);
    }
    writable("-o", output);
    Benchmarks b =
        new Benchmarks(StanceModel.shipped(Embedder.shared()::embed), StanceAggregator.standard());
    List<BenchmarkResult> results = new ArrayList<>();
    for (String name : names) {
      List<Path> files =
          dataSet != null && Files.isRegularFile(dataSet)
              ? List.of(dataSet)
              : Benchmarks.files(name, data);
      BenchmarkResult r = b.run(name, files, data, limit);
      results.add(r);
      spec.commandLine().getErr().println(Benchmarks.summary(r));
    }
    String json = Json.pretty(results.size() == 1 ? results.get(0) : results);
    if (predictions != null) {
      StringBuilder lines = new StringBuilder();
      for (BenchmarkResult r : results) {
        for (org.factdesk.eval.Prediction p : r.predictions()) {
          com.fasterxml.jackson.databind.node.ObjectNode line = Json.mapper().createObjectNode();
          line.put("benchmark", r.benchmark());
          line.setAll(
              (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(p));
          lines.append(line).append('\n');
        }
      }
      writeWhole(predictions, lines.toString());
    }
    if (output != null) {
      writeWhole(output, json + "\n");
    } else {
      out.println(json);
    }
    out.flush();
    return 0;
  }

  /**
   * Fails before any work when {@code file} (given as {@code option}) cannot be written: it is a
   * directory, or its directory does not exist.
   */
  private static void writable(String option, Path file) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new InputException(option, "is a directory, not a file: " + file);
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new InputException(option, "directory does not exist: " + dir);
    }
  }

  /**
   * Writes {@code text} to {@code file} through a temporary file, so no half-written file is left;
   * the temporary file is removed when the write fails.
   */
  private static void writeWhole(Path file, String text) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new FactDeskException("cannot write " + file, e);
    }
  }

  private Path dataRoot() {
    if (dataSet != null) {
      if (Files.isDirectory(dataSet)) {
        return dataSet;
      }
      if (!Files.isRegularFile(dataSet)) {
        throw new InputException(dataSet.toString(), "no such file or directory");
      }
    }
    String shared = System.getProperty("factdesk.shared");
    return shared != null ? Path.of(shared, "data") : Path.of("..", "shared", "data");
  }
}
