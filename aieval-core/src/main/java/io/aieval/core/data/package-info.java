/**
 * Streaming data set readers: JSONL, CSV and TSV files become {@link io.aieval.api.data.Sample}s
 * one row at a time, so a file of any length is read in constant memory.
 *
 * <p>Open a file with {@link io.aieval.core.data.Datasets#open}; each row comes back as a {@link
 * io.aieval.core.data.DataRow}, either {@code Good} or {@code Bad}. The reader never throws for a
 * bad row, so the caller decides whether to stop at the first one or record it as skipped ({@code
 * --skip-bad-rows}).
 *
 * <h2>Field mapping</h2>
 *
 * {@link io.aieval.core.data.FieldMapping} names the source fields; a field it leaves unset takes
 * its default:
 *
 * <ul>
 *   <li>{@code id}: field {@code id} if the row has it, else {@code row-<n>} with {@code n} the
 *       1-based record number (blank lines not counted, bad rows counted), so it is stable.
 *   <li>{@code input}: field {@code input}, else {@code question}. Required and not blank.
 *   <li>{@code choices}: field {@code choices} if present, else none. A single choices field holds
 *       a JSON array (in CSV/TSV: a cell with JSON array text such as {@code ["Paris","Rome"]});
 *       two or more fields, such as CSV columns {@code [A, B, C, D]}, give one choice each.
 *       Trailing empty choices are dropped, so rows with fewer options can share columns.
 *   <li>{@code target}: field {@code target}, else {@code answer}. Required; may be empty text when
 *       there are no choices.
 *   <li>metadata: every other field, as text. JSON numbers keep their digits ({@code 42} stays
 *       {@code 42}, {@code 0.50} stays {@code 0.50}), arrays and objects become compact JSON, and
 *       {@code null} fields are left out.
 * </ul>
 *
 * <p>A JSON {@code null} counts as absent. For a multiple-choice row the target becomes a letter: a
 * letter ({@code b}, {@code (B)}), a 0-based index ({@code 1} or {@code "1"}) or the text of one
 * choice. When these readings name different choices (choices {@code ["1","2"]} with target {@code
 * "1"}), or none, the row is bad rather than guessed.
 *
 * <h2>Files</h2>
 *
 * UTF-8 with or without a byte order mark; bytes that are not UTF-8 make their row bad. Lines end
 * with LF or CRLF and are numbered from 1, blank lines included. CSV follows RFC 4180 with a
 * required header row; a record's line is the line where it starts. TSV splits on tabs with no
 * quote processing, because GLUE-style TSV files hold stray quotes inside fields; a TSV field
 * cannot contain a tab or a newline.
 */
package io.aieval.core.data;
