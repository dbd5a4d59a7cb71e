package io.aieval.core.score;

import io.aieval.api.score.AnswerFilter;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a multiple-choice letter out of free text. Tries, in order: explicit answer phrases
 * (English and Chinese, the last one wins), a letter at the very start, a single bracketed or
 * bolded letter, a single standalone capital letter. Letters beyond the number of choices are
 * ignored at every step. Immutable, so thread safe.
 */
final class ChoiceLetterFilter implements AnswerFilter {
  static final int MAX_CHOICES = 26;

  /** "answer is", "the best option is", "I pick": English needs a separator before the letter. */
  private static final String EN_HEAD =
      "(?i:\\b(?:answer(?:\\s+(?:is|was|(?:would|should|must|will|seems\\s+to|appears\\s+to)"
          + "\\s+be))?|(?:choice|option)\\s+(?:is|(?:would|should|must|will)\\s+be)"
          + "|choose|chose|pick|select|go\\s+with)\\b)[\\s:=*_-]+";

  /** "答案是", "答：", "选", "选择"; "选项C" (the noun "option") does not match, as 项 is no letter. */
  private static final String ZH_HEAD =
      "(?:答案(?:应该|应当|应|就|也)?(?:是|为|為)?|答(?=\\s*:)|(?:选择|選擇|选|選))[\\s:=*_-]*";

  /** LaTeX's "\\boxed{C}", how reasoning models trained on maths mark their final answer. */
  private static final String BOXED_HEAD = "\\\\boxed\\{\\s*";

  /**
   * An answer phrase and the letter it names, which may be called an option and be bracketed
   * ("answer is option (C)"). Group 1 is the letter; it must not run on into a word ("answer is
   * Paris").
   */
  private static final Pattern PHRASE =
      Pattern.compile(
          "(?:"
              + EN_HEAD
              + "|"
              + ZH_HEAD
              + "|"
              + BOXED_HEAD
              + ")(?i:(?:option|choice|letter|选项|選項)\\s*)?[(\\[【]?\\s*([A-Za-z])(?![A-Za-z0-9])");

  /** "C", "C.", "C)", "C: Paris", "(C) Paris", "**C**" as the first thing in the text. */
  private static final Pattern START =
      Pattern.compile(
          "^[\\s*_]*(?:[(\\[【]\\s*([A-Za-z])\\s*[)\\]】]"
              + "|([A-Za-z])(?![A-Za-z0-9])(?=[\\s*_]*$|[ \\t]*\\R|[.:,;)\\]、。!?*]))");

  /** "(C)", "[C]", "**C**", "【C】" not glued to a preceding word ("answer(s)"). */
  private static final Pattern BRACKETED =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?:\\(\\s*([A-Za-z])\\s*\\)|\\[\\s*([A-Za-z])\\s*]"
              + "|\\*\\*\\s*([A-Za-z])\\s*\\*\\*|【\\s*([A-Za-z])\\s*】)");

  /** A capital letter that is a word of its own. */
  private static final Pattern STANDALONE =
      Pattern.compile("(?<![A-Za-z0-9'’])[A-Z](?![A-Za-z0-9'’])");

  /** A lowercase letter followed by another word is prose ("the answer is a bit unclear"). */
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+[A-Za-z]");

  /**
   * "A" and "I" followed by a lowercase word are the article and the pronoun ("A good choice", "I
   * think"), unless that word cannot follow them ("A is correct", "I and J").
   */
  private static final Pattern ARTICLE_CONTEXT =
      Pattern.compile(
          "\\s+(?!(?:is|was|would|should|seems|appears|looks|must|matches|fits|and|or|because"
              + "|since)\\b)[a-z]");

  private final int numChoices;

  ChoiceLetterFilter(int numChoices) {
    if (numChoices < 1 || numChoices > MAX_CHOICES) {
      throw new IllegalArgumentException(
          "numChoices must be between 1 and " + MAX_CHOICES + ", not " + numChoices);
    }
    this.numChoices = numChoices;
  }

  @Override
  public String apply(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    // NFKC turns full-width letters and punctuation (Ｃ, （, ：) into ASCII, as Chinese output uses.
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String letter = fromPhrases(t);
    if (letter == null) {
      letter = fromStart(t);
    }
    if (letter == null) {
      letter = single(BRACKETED, t, false);
    }
    if (letter == null) {
      letter = single(STANDALONE, t, true);
    }
    return letter;
  }

  private String fromPhrases(String t) {
    String last = null;
    Matcher m = PHRASE.matcher(t);
    while (m.find()) {
      int at = m.start(1);
      char c = t.charAt(at);
      boolean prose = Character.isLowerCase(c) && followedBy(NEXT_WORD, t, at);
      if (valid(c) && !prose) {
        last = upper(c);
      }
    }
    return last;
  }

  private String fromStart(String t) {
    Matcher m = START.matcher(t);
    if (!m.find()) {
      return null;
    }
    int group = m.group(1) != null ? 1 : 2;
    char c = t.charAt(m.start(group));
    return valid(c) ? upper(c) : null;
  }

  /** The one valid letter {@code p} finds in {@code t}, or {@code null} for none or several. */
  private String single(Pattern p, String t, boolean skipWords) {
    Set<String> letters = new LinkedHashSet<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      int at = firstGroupStart(m);
      char c = t.charAt(at);
      if (valid(c) && !(skipWords && isWord(t, at))) {
        letters.add(upper(c));
      }
    }
    return letters.size() == 1 ? letters.iterator().next() : null;
  }

  private boolean valid(char c) {
    char u = Character.toUpperCase(c);
    return u >= 'A' && u < 'A' + numChoices;
  }

  private static boolean isWord(String t, int at) {
    char c = t.charAt(at);
    return (c == 'A' || c == 'I') && followedBy(ARTICLE_CONTEXT, t, at);
  }

  private static boolean followedBy(Pattern p, String t, int letterAt) {
    return p.matcher(t).region(letterAt + 1, t.length()).lookingAt();
  }

  private static int firstGroupStart(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.start(g);
      }
    }
    return m.start();
  }

  private static String upper(char c) {
    return String.valueOf(Character.toUpperCase(c));
  }
}
