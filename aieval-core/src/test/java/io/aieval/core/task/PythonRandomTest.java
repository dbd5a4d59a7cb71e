package io.aieval.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected value below was printed by CPython 3.11 on this machine, by the command shown. */
class PythonRandomTest {

  // python3 -c 'import random; r=random.Random(1234); print(r.sample(range(100), 5),
  //   r.getrandbits(70), r.getrandbits(32), r.getrandbits(1), r.getrandbits(64))'
  @Test
  void seed1234SamplesThenGivesBitsAsPython() {
    PythonRandom r = new PythonRandom(1234);
    assertThat(r.sample(100, 5)).containsExactly(99, 56, 14, 0, 11);
    assertThat(r.getrandbits(70)).isEqualTo(new BigInteger("1124191341926742866032"));
    assertThat(r.getrandbits(32)).isEqualTo(BigInteger.valueOf(3466048957L));
    assertThat(r.getrandbits(1)).isEqualTo(BigInteger.ONE);
    assertThat(r.getrandbits(64)).isEqualTo(new BigInteger("12388159654460451796"));
  }

  // for seed in [0, 1, 42, -7, 2**32+5, 2**63-1, -2**63]: r=random.Random(seed);
  //   print(seed, r.getrandbits(32), r.getrandbits(32), r.sample(range(10), 3))
  @ParameterizedTest
  @CsvSource({
    "0, 3626764237, 1654615998, 6 0 4",
    "1, 577090037, 2444712010, 1 4 9",
    "42, 2746317213, 478163327, 0 4 3",
    "-7, 1390851128, 4071050724, 2 6 0",
    "4294967301, 675479763, 2085189291, 4 0 5",
    "9223372036854775807, 1359979423, 2819855560, 2 7 8",
    "-9223372036854775808, 2377109768, 1691753470, 3 9 1"
  })
  void seedsOfOneAndTwoWordsAndNegativeSeedsSeedAsPython(
      long seed, long first, long second, String sample) {
    PythonRandom r = new PythonRandom(seed);
    assertThat(r.getrandbits(32)).isEqualTo(BigInteger.valueOf(first));
    assertThat(r.getrandbits(32)).isEqualTo(BigInteger.valueOf(second));
    assertThat(r.sample(10, 3)).containsExactly(ints(sample));
  }

  // r=random.Random(seed); print(r.sample(range(n), k), r.sample(range(n), k)). setsize is 21 for
  // k <= 5 and 21 + 4 ** ceil(log(3k, 4)) above: 85 for k = 6, 277 for k = 22, so each pair of rows
  // is one population on either side of the threshold (pool-tracking, then set-tracking).
  @ParameterizedTest
  @CsvSource({
    "2, 21, 5, 1 2 19 11 5,",
    "2, 22, 5, 1 2 11 5 21,",
    "5, 85, 6, 79 32 45 67 3 59, 31 83 6 20 14 47",
    "5, 86, 6, 79 32 45 83 67 3, 59 31 83 6 20 14",
    "99, 277, 22, 206 194 102 91 117 127 68 44 128 196 45 250 274 215 110 191 198 108 77 236 273"
        + " 173, 42 270 44 240 161 206 21 137 3 217 104 185 41 236 101 263 26 183 66 110 82 226",
    "99, 278, 22, 206 194 102 91 117 127 68 44 128 196 271 275 45 250 215 110 191 198 108 77 236"
        + " 173, 42 270 44 240 161 206 21 137 3 217 104 185 273 41 236 265 101 26 183 66 110 82",
    "1234, 3, 3, 1 0 2, 0 2 1",
    "1234, 1, 1, 0, 0"
  })
  void sampleTakesPythonsBranchOnEitherSideOfTheSetSize(
      long seed, int n, int k, String first, String second) {
    PythonRandom r = new PythonRandom(seed);
    assertThat(r.sample(n, k)).containsExactly(ints(first));
    if (second != null) {
      assertThat(r.sample(n, k)).containsExactly(ints(second));
    }
  }

  // def run(seed, n, k, times):
  //     r=random.Random(seed); flat=[]; last=None
  //     for _ in range(times):
  //         last=r.sample(range(n), k); flat+=last
  //     return sum((i+1)*v for i,v in enumerate(flat)) % (2**61-1), last, r.getrandbits(32)
  // print(run(1234, 50000, 6, 2000)); print(run(1234, 85, 6, 2000))
  @ParameterizedTest
  @CsvSource({
    "1234, 50000, 6, 1782144308765, 266 29686 44934 36887 3093 37312, 2899210372",
    "1234, 85, 6, 3016001720, 9 69 16 30 71 34, 4030185881"
  })
  void twoThousandSamplesInARowStayInStepWithPython(
      long seed, int n, int k, long checksum, String last, long next) {
    PythonRandom r = new PythonRandom(seed);
    long sum = 0;
    long position = 0;
    int[] drawn = null;
    for (int t = 0; t < 2000; t++) {
      drawn = r.sample(n, k);
      for (int v : drawn) {
        sum = (sum + ++position * v) % ((1L << 61) - 1);
      }
    }
    assertThat(sum).isEqualTo(checksum);
    assertThat(drawn).containsExactly(ints(last));
    assertThat(r.getrandbits(32)).isEqualTo(BigInteger.valueOf(next));
  }

  @Test
  void aSampleLargerThanThePopulationFailsAsInPython() {
    assertThatThrownBy(() -> new PythonRandom(1).sample(3, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int[] ints(String spaced) {
    return java.util.Arrays.stream(spaced.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
  }
}
