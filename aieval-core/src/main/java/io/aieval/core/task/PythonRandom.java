package io.aieval.core.task;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * CPython's {@code random.Random(seed)} for an integer seed, draw for draw: the Mersenne Twister
 * MT19937 seeded with {@code init_by_array} over the 32-bit words of the seed's absolute value (as
 * {@code _randommodule.c} seeds it), {@code getrandbits}, {@code _randbelow_with_getrandbits} and
 * {@code sample}. lm-evaluation-harness picks its random few-shot examples with this generator, so
 * the same seed picks the same examples here. Not thread safe.
 */
final class PythonRandom {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  private int index;

  /** {@code random.Random(seed)}; a negative seed seeds as its absolute value, as in Python. */
  PythonRandom(long seed) {
    // the magnitude as an unsigned 64-bit number: -Long.MIN_VALUE is 2^63, whose bits it keeps
    long magnitude = seed < 0 ? -seed : seed;
    int low = (int) magnitude;
    int high = (int) (magnitude >>> 32);
    initByArray(high == 0 ? new int[] {low} : new int[] {low, high});
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next 32 random bits ({@code genrand_uint32}), as an unsigned value. */
  private long nextWord() {
    if (index >= N) {
      twist();
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y & 0xffffffffL;
  }

  private void twist() {
    for (int k = 0; k < N; k++) {
      int y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    index = 0;
  }

  /**
   * {@code getrandbits(k)}: {@code k} random bits, taken 32 at a time from the least significant
   * word up, the last word cut to the bits left.
   */
  BigInteger getrandbits(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k < 0");
    }
    BigInteger result = BigInteger.ZERO;
    for (int shift = 0; k > 0; shift += 32, k -= 32) {
      long word = nextWord();
      if (k < 32) {
        word >>>= 32 - k;
      }
      result = result.or(BigInteger.valueOf(word).shiftLeft(shift));
    }
    return result;
  }

  /** {@code _randbelow_with_getrandbits(n)}: uniform in {@code [0, n)}, for {@code n > 0}. */
  int randbelow(int n) {
    int k = 32 - Integer.numberOfLeadingZeros(n);
    int r = (int) (nextWord() >>> (32 - k));
    while (r >= n) {
      r = (int) (nextWord() >>> (32 - k));
    }
    return r;
  }

  /**
   * {@code sample(range(n), k)}: {@code k} distinct indices of a population of {@code n}, in the
   * order drawn. Python tracks the pool left when a list of {@code n} is smaller than a set of
   * {@code k}, else the set of indices drawn; the two consume the generator differently, so the
   * choice is Python's, to the same threshold.
   *
   * @throws IllegalArgumentException when {@code k} is negative or larger than {@code n}, as Python
   *     raises {@code ValueError}
   */
  int[] sample(int n, int k) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("Sample larger than population or is negative");
    }
    int[] result = new int[k];
    if (n <= setSize(k)) {
      int[] pool = new int[n];
      for (int i = 0; i < n; i++) {
        pool[i] = i;
      }
      for (int i = 0; i < k; i++) {
        int j = randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      Set<Integer> selected = new HashSet<>();
      for (int i = 0; i < k; i++) {
        int j = randbelow(n);
        while (selected.contains(j)) {
          j = randbelow(n);
        }
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** Python's {@code setsize}: 21, plus {@code 4 ** ceil(log(3k, 4))} when {@code k > 5}. */
  private static long setSize(int k) {
    long size = 21;
    if (k > 5) {
      double exponent = Math.ceil(StrictMath.log(k * 3.0) / StrictMath.log(4));
      size += 1L << (2 * (int) exponent);
    }
    return size;
  }
}
