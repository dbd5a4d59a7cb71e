package io.aieval.core.data.layout;

import io.aieval.core.text.PythonText;
import java.util.List;
import java.util.Map;

/**
 * The GLUE tasks as the GLUE download script lays them out ({@code glue_data/SST-2/dev.tsv} …): the
 * columns each file has, where the label is and what its values are, and the text of the sample,
 * which is lm-evaluation-harness's prompt for the task without its closing {@code Answer:}. Labels
 * stay as the files write them; the choice order is the reference harness's.
 */
enum GlueTask {
  SST2("sst2", "SST-2", "label", List.of("0", "1"), List.of("negative", "positive")) {
    @Override
    String input(Map<String, String> row) {
      return row.get("sentence") + "\nQuestion: Is this sentence positive or negative?";
    }
  },
  MRPC("mrpc", "MRPC", "Quality", List.of("0", "1"), List.of("no", "yes")) {
    @Override
    String input(Map<String, String> row) {
      return "Sentence 1: "
          + row.get("#1 String")
          + "\nSentence 2: "
          + row.get("#2 String")
          + "\nQuestion: Do both sentences mean the same thing?";
    }
  },
  QQP("qqp", "QQP", "is_duplicate", List.of("0", "1"), List.of("no", "yes")) {
    @Override
    String input(Map<String, String> row) {
      return "Question 1: "
          + row.get("question1")
          + "\nQuestion 2: "
          + row.get("question2")
          + "\nQuestion: Do both questions ask the same thing?";
    }
  },
  /** CoLA's train and dev files have no header: source, label, the author's mark, sentence. */
  COLA("cola", "CoLA", "label", List.of("0", "1"), List.of("no", "yes")) {
    @Override
    String input(Map<String, String> row) {
      return row.get("sentence") + "\nQuestion: Does this sentence make sense?";
    }
  },
  MNLI(
      "mnli",
      "MNLI",
      "gold_label",
      List.of("entailment", "neutral", "contradiction"),
      List.of("True", "Neither", "False")) {
    @Override
    String input(Map<String, String> row) {
      String hypothesis = PythonText.strip(row.get("sentence2"));
      return row.get("sentence1")
          + "\nQuestion: "
          + hypothesis
          + (hypothesis.endsWith(".") ? "" : ".")
          + " True, False or Neither?";
    }
  },
  QNLI("qnli", "QNLI", "label", List.of("entailment", "not_entailment"), List.of("yes", "no")) {
    @Override
    String input(Map<String, String> row) {
      return row.get("question")
          + "\n"
          + row.get("sentence")
          + "\nQuestion: Does this response answer the question?";
    }
  },
  RTE("rte", "RTE", "label", List.of("entailment", "not_entailment"), List.of("True", "False")) {
    @Override
    String input(Map<String, String> row) {
      return row.get("sentence1") + "\nQuestion: " + row.get("sentence2") + " True or False?";
    }
  },
  /** A similarity score from 0 to 5, not a class: the target is the score as written. */
  STSB("stsb", "STS-B", "score", List.of(), List.of()) {
    @Override
    String input(Map<String, String> row) {
      return "Sentence 1: " + row.get("sentence1") + "\nSentence 2: " + row.get("sentence2");
    }
  };

  static final List<String> COLA_COLUMNS = List.of("source", "label", "original_label", "sentence");

  private final String layoutName;
  private final String folder;
  private final String labelColumn;
  private final List<String> labels;
  private final List<String> choices;

  GlueTask(
      String layoutName,
      String folder,
      String labelColumn,
      List<String> labels,
      List<String> choices) {
    this.layoutName = layoutName;
    this.folder = folder;
    this.labelColumn = labelColumn;
    this.labels = labels;
    this.choices = choices;
  }

  /** The sample's text from the row's columns. */
  abstract String input(Map<String, String> row);

  String layoutName() {
    return layoutName;
  }

  String folder() {
    return folder;
  }

  String labelColumn() {
    return labelColumn;
  }

  /** The label values in choice order; empty for STS-B's scores. */
  List<String> labels() {
    return labels;
  }

  List<String> choices() {
    return choices;
  }

  /** The columns the sample's text reads. */
  List<String> textColumns() {
    return switch (this) {
      case SST2, COLA -> List.of("sentence");
      case MRPC -> List.of("#1 String", "#2 String");
      case QQP -> List.of("question1", "question2");
      case QNLI -> List.of("question", "sentence");
      case MNLI, RTE, STSB -> List.of("sentence1", "sentence2");
    };
  }

  /** The splits, by the names of their files. */
  List<String> splits() {
    return this == MNLI
        ? List.of("train", "dev_matched", "dev_mismatched", "test_matched", "test_mismatched")
        : List.of("train", "dev", "test");
  }

  String defaultSplit() {
    return this == MNLI ? "dev_matched" : "dev";
  }

  /** Whether a file of this split has a header row: all do but CoLA's train and dev. */
  boolean hasHeader(String split) {
    return this != COLA || split == null || split.startsWith("test");
  }
}
