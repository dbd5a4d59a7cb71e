package io.aieval.core.sim;

/**
 * Seed derivation. Every random choice of the simulator comes from a generator seeded by the
 * configured seed mixed with something stable (the prompt text, a request number, a token), so runs
 * repeat exactly and no generator is shared between threads.
 */
final class Seeds {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Seeds() {}

  /** Mixes two values into a well-spread seed (SplitMix64's finaliser). */
  static long mix(long seed, long value) {
    long z = seed + GOLDEN_GAMMA * (value + 1);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A seed for {@code text}: FNV-1a over its UTF-16 units, mixed with {@code seed}. */
  static long of(long seed, String text) {
    long hash = FNV_OFFSET;
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * FNV_PRIME;
    }
    return mix(seed, hash);
  }
}
