// wb/stats.hpp: the D'Agostino-Pearson normality test, computed as SciPy computes it.
//
// scipy.stats.normaltest(a) asks whether a sample could come from a normal distribution: it turns
// the sample's skewness (D'Agostino 1970) and kurtosis (Anscombe & Glynn 1983) into two z-scores
// s and k and returns K^2 = s^2 + k^2 with the chi-squared (2 degrees of freedom) p-value
// exp(-K^2 / 2). A small p-value says "unlikely to be normal"; a large one proves nothing.
//
// Two ways to get it:
//   - normaltest(sample): the batch test, two passes over a span (mean first, then moments);
//   - OnlineMoments: one pass, constant memory, for data that arrives as a stream or does not
//     fit in memory; push each value, then ask for the same test.
// Both agree with SciPy to about 1e-11 on the statistic (the tests ask for 1e-9).
//
// Example:
//   std::vector<double> xs = load_timings();               // at least 20 values
//   wb::stats::NormalTest t = wb::stats::normaltest(xs);   // = scipy.stats.normaltest(xs)
//   if (t.pvalue < 0.05) std::puts("these timings do not look normally distributed");
//
//   wb::stats::OnlineMoments m;                            // the same, streamed
//   for (double x : xs) m.push(x);
//   wb::stats::NormalTest same = m.normaltest();           // same.statistic ~ t.statistic
//   double sd = std::sqrt(m.variance());                   // numpy's x.std() (ddof = 0)
#pragma once

#include <cstddef>
#include <span>

namespace wb::stats {

// K^2 and its p-value, the fields of SciPy's NormaltestResult.
struct NormalTest {
  double statistic;
  double pvalue;
};

// Tests the null hypothesis that `sample` comes from a normal distribution, as
// scipy.stats.normaltest does (SciPy's current main branch; the reference values in the tests come
// from SciPy 1.10.1, which differs only in the constant-sample threshold below). O(n) time, two
// passes, O(1) extra memory.
// Throws std::invalid_argument if sample.size() < 20: kurtosistest's approximation is not valid
// below 20 values (SciPy only warns there; it refuses below 5, and skewtest below 8).
// Returns NaN statistic and NaN p-value when the sample is constant or contains a NaN. Constant
// means m2 <= (DBL_EPSILON * mean)^2, SciPy >= 1.14's test for "all values equal" (SciPy 1.7 to
// 1.13 used 1e-15 in place of DBL_EPSILON).
// SciPy quirk, kept: a skewness of exactly 0 (e.g. 0, 1, ..., 19) is scored as if the skewtest's
// Y were 1, which gives the skew z-score about 1.04 rather than 0. And for a very platykurtic
// sample (-1, +1, -1, ...) the kurtosis z-score is large and positive, from the real cube root of
// a negative number (SciPy >= 1.2; before, it put 99 in place of the negative term).
NormalTest normaltest(std::span<const double> sample);

// Accumulates count, mean and the 2nd to 4th central moments of a stream in one pass and constant
// memory, with Welford-style updates (Terriberry's and Pebay's formulas for M3 and M4), and runs
// the normality test on them. Accurate for data far from zero (1e6 + noise): the running mean is
// kept compensated (as hi + lo), because a rounded mean shifts M3 by 3 * error * M2 at each push.
class OnlineMoments {
 public:
  // Adds one value. O(1).
  void push(double x);
  // Returns how many values were pushed. O(1).
  std::size_t count() const;
  // Returns the mean of the values pushed (NaN before the first push, like numpy.mean([])). O(1).
  double mean() const;
  // Returns the population variance M2 / n, numpy's default (ddof = 0): NaN with no values, 0 with
  // one. O(1).
  double variance() const;
  // Runs normaltest on the moments pushed so far: equal to the batch normaltest of the same values
  // to about 1e-11 relative (the tests ask for 1e-9). Throws std::invalid_argument if count() < 20.
  // O(1). One exception, from SciPy's Y == 0 quirk: for an exactly symmetric sample the batch m3 is
  // exactly 0, the online one may be a rounding error away (-1, +1, -1, ...), and then the skew
  // z-score is ~0 here where it is ~1 in the batch test.
  NormalTest normaltest() const;

 private:
  std::size_t n_ = 0;
  double mean_hi_ = 0.0;  // the mean is mean_hi_ + mean_lo_ (|mean_lo_| <= ulp(mean_hi_) / 2)
  double mean_lo_ = 0.0;
  double m2_ = 0.0;  // sums of powers of deviations from the mean: sum (x - mean)^p, p = 2, 3, 4
  double m3_ = 0.0;
  double m4_ = 0.0;
};

namespace detail {

// The biased central moments of a sample (divided by n, not n - 1), as SciPy's skew and kurtosis
// use them (bias=True).
struct CentralMoments {
  std::size_t n;
  double mean;
  double m2, m3, m4;
};

// Returns the sample's count, mean and biased central moments, computed in two passes: the mean,
// then power sums of the deviations from it, shifted exactly by the rounding error left in the
// mean (which would otherwise move m3 by -3 * error * m2). O(n). NaN moments if empty.
CentralMoments central_moments(std::span<const double> sample);

// Returns SciPy's skewtest z-score for n values of skewness g1 = m3 / m2^1.5. O(1). Needs n >= 8.
double skewtest_statistic(double n, double g1);

// Returns SciPy's kurtosistest z-score for n values of Pearson kurtosis b2 = m4 / m2^2 (3 for a
// normal distribution). O(1). Needs n >= 5; valid for n >= 20. NaN if the transformed kurtosis
// lands exactly on the pole of Anscombe & Glynn's formula (SciPy warns and gives NaN there).
double kurtosistest_statistic(double n, double b2);

// Returns K^2 and its p-value from the moments (NaN for a constant sample). O(1).
// Throws std::invalid_argument if moments.n < 20.
NormalTest normaltest_from_moments(const CentralMoments& moments);

}  // namespace detail

}  // namespace wb::stats
