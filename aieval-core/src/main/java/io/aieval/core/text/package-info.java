/**
 * Text as the reference harnesses see it: Python's string operations, so prompts, preprocessing and
 * scores come out here character for character as there.
 */
package io.aieval.core.text;
