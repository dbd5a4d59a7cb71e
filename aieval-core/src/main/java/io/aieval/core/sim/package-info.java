/**
 * An OpenAI-compatible model simulator for the offline demo, tests and load tests: {@link
 * io.aieval.core.sim.SimServer} serves {@code GET /v1/models}, {@code POST /v1/chat/completions}
 * and {@code POST /v1/completions} (streaming or not) on Jetty, configured by {@link
 * io.aieval.core.sim.SimConfig}.
 *
 * <p>Settings as read by {@link io.aieval.core.sim.SimConfig#fromMap} (a spec's {@code sim:}
 * block): {@code host}, {@code port}, {@code model} or {@code models}, {@code seed}, latency as
 * {@code latency_ms} (fixed), {@code latency_min_ms} + {@code latency_max_ms} (uniform) or {@code
 * latency_median_ms} + {@code latency_p99_ms} (log-normal), {@code itl_ms}, {@code output_tokens},
 * {@code accuracy}, {@code answers} with {@code question_field}, {@code answer_field} and {@code
 * choices_field}, and the fault rates {@code rate_429} (with {@code retry_after_s}), {@code
 * rate_500}, {@code rate_drop} and {@code rate_truncate}.
 *
 * <p>How it answers: the question is looked up in the answer key by the whitespace-collapsed first
 * line of each question, against every line of the prompt (last user message for chat) from the
 * bottom up, with and without a leading label such as {@code Question:} or {@code 问题：}. A known
 * question is answered correctly with probability {@code accuracy}, in one of several phrasings
 * ({@code C}, {@code (C)}, {@code Answer: C}, {@code 答案是C} …); anything else gets filler words.
 * Everything random is seeded by {@code seed} and the prompt, so answers repeat exactly; faults and
 * latency are drawn per request, so a retry can succeed.
 *
 * <p>Token counts are approximate, with no tokenizer: a generated token is a word with the
 * whitespace before it, or one CJK character; prompt tokens are {@code ceil(utf8Bytes / 4)}, at
 * least 1. A {@code stop} sequence (one string or an array) ends an answer where it first appears,
 * the sequence left out (finish reason {@code stop}), as a server stops generating there; {@code
 * max_tokens} cuts answers (finish reason {@code length}); completions honour {@code echo} and
 * {@code logprobs} (up to 5; made up per token from the seed, offsets in code points). An echoed
 * prompt that is a known multiple-choice question followed by one of its choices (log-likelihood
 * scoring) gets near-certain top tokens for the choice the model prefers (the right one with
 * probability {@code accuracy}, drawn per question) and unlikely ones for the others; chat
 * requests' {@code logprobs}, {@code n} and sampling parameters are accepted and ignored.
 */
package io.aieval.core.sim;
