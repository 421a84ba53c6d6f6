#include "wb/stats.hpp"

#include <cfloat>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

// The formulas follow SciPy's scipy/stats/_stats_py.py (skew, kurtosis, skewtest, kurtosistest,
// normaltest), term by term and in the same order of operations, so the results agree to rounding.
// References: R. B. D'Agostino (1970), "Transformation to normality of the null distribution of
// g1", Biometrika 57, 679-681; F. J. Anscombe and W. J. Glynn (1983), "Distribution of the
// kurtosis statistic b2 for normal samples", Biometrika 70, 227-234.

namespace wb::stats {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kMinimumSize = 20;

void require_minimum_size(std::size_t n, const char* who) {
  if (n < kMinimumSize) {
    throw std::invalid_argument(std::string(who) + ": needs at least 20 values, got " +
                                std::to_string(n));
  }
}

// The sum of two doubles, exactly: a + b == sum + error (Knuth's TwoSum, no magnitude condition).
struct ExactSum {
  double sum;
  double error;
};
ExactSum two_sum(double a, double b) {
  const double s = a + b;
  const double b_part = s - a;
  return {s, (a - (s - b_part)) + (b - b_part)};
}

}  // namespace

namespace detail {

double skewtest_statistic(double n, double g1) {
  // D'Agostino (1970): Y = g1 * sqrt((n+1)(n+3) / (6(n-2))) is asymptotically normal; beta2 is the
  // kurtosis of g1 under normality, and Johnson's S_U transform delta * asinh(Y / alpha) makes it
  // normal at small n too.
  double y = g1 * std::sqrt(((n + 1.0) * (n + 3.0)) / (6.0 * (n - 2.0)));
  const double beta2 = (3.0 * (n * n + 27.0 * n - 70.0) * (n + 1.0) * (n + 3.0) /
                        ((n - 2.0) * (n + 5.0) * (n + 7.0) * (n + 9.0)));
  const double w2 = -1.0 + std::sqrt(2.0 * (beta2 - 1.0));
  const double delta = 1.0 / std::sqrt(0.5 * std::log(w2));
  const double alpha = std::sqrt(2.0 / (w2 - 1.0));
  // SciPy's quirk (np.where(y == 0, 1, y)): zero skewness scores as Y = 1, not 0.
  if (y == 0.0) y = 1.0;
  // asinh(t) written as the published log(t + sqrt(t^2 + 1)), as SciPy evaluates it.
  const double t = y / alpha;
  return delta * std::log(t + std::sqrt(t * t + 1.0));
}

double kurtosistest_statistic(double n, double b2) {
  // Anscombe & Glynn (1983): standardize b2 by its exact mean and variance under normality
  // (Eq. 1, 4), fit a 1/X^(1/3) transform matched to its skewness sqrt(beta1) (Eq. 2, 3), then
  // Wilson-Hilferty (Eq. 5).
  const double expected = 3.0 * (n - 1.0) / (n + 1.0);
  const double var_b2 =
      24.0 * n * (n - 2.0) * (n - 3.0) / ((n + 1.0) * (n + 1.0) * (n + 3.0) * (n + 5.0));
  const double x = (b2 - expected) / std::sqrt(var_b2);
  const double sqrt_beta1 = 6.0 * (n * n - 5.0 * n + 2.0) / ((n + 7.0) * (n + 9.0)) *
                            std::sqrt((6.0 * (n + 3.0) * (n + 5.0)) / (n * (n - 2.0) * (n - 3.0)));
  const double a = 6.0 + 8.0 / sqrt_beta1 *
                             (2.0 / sqrt_beta1 + std::sqrt(1.0 + 4.0 / (sqrt_beta1 * sqrt_beta1)));
  const double term1 = 1.0 - 2.0 / (9.0 * a);
  const double denom = 1.0 + x * std::sqrt(2.0 / (a - 4.0));
  // The real cube root of (1 - 2/A) / denom, which is negative for very platykurtic samples
  // (a two-point sample of 1000 values): sign(denom) * |...|^(1/3), as SciPy >= 1.2 computes it
  // (SciPy before 1.2 replaced a negative denom by 99). denom == 0 has no value: NaN, as in SciPy.
  double term2 = kNaN;
  if (denom != 0.0) {
    term2 = std::copysign(std::pow((1.0 - 2.0 / a) / std::fabs(denom), 1.0 / 3.0), denom);
  }
  return (term1 - term2) / std::sqrt(2.0 / (9.0 * a));
}

NormalTest normaltest_from_moments(const CentralMoments& moments) {
  require_minimum_size(moments.n, "normaltest");
  // SciPy's skew and kurtosis give NaN when the variance is zero up to rounding of the mean.
  const double threshold = DBL_EPSILON * moments.mean;
  if (moments.m2 <= threshold * threshold) return {kNaN, kNaN};
  const double n = static_cast<double>(moments.n);
  const double g1 = moments.m3 / std::pow(moments.m2, 1.5);
  const double b2 = moments.m4 / (moments.m2 * moments.m2);
  const double s = skewtest_statistic(n, g1);
  const double k = kurtosistest_statistic(n, b2);
  const double k2 = s * s + k * k;
  // Chi-squared with 2 degrees of freedom: sf(k2) = exp(-k2 / 2) (SciPy: chi2.sf(k2, 2)).
  return {k2, std::exp(-k2 / 2.0)};
}

CentralMoments central_moments(std::span<const double> sample) {
  const double n = static_cast<double>(sample.size());  // NaN moments if n == 0
  // Pass 1: the mean, off by the rounding of n additions (pass 2 corrects for that).
  double sum = 0.0;
  for (double x : sample) sum += x;
  const double center = sum / n;
  // Pass 2: power sums of the deviations from that center.
  double s1 = 0.0;
  double s2 = 0.0;
  double s3 = 0.0;
  double s4 = 0.0;
  for (double x : sample) {
    const double d = x - center;
    const double d2 = d * d;
    s1 += d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  // The true mean is center + e, with e = s1 / n tiny; but the odd moment m3 moves by -3 e m2 when
  // its center moves by e, which matters when |mean| >> spread (1e6 + noise). So shift the moments
  // exactly (binomial expansion) to center + e: the corrected two-pass algorithm (Bjorck; Chan,
  // Golub and LeVeque 1983), extended to m3 and m4.
  const double e = s1 / n;
  const double r2 = s2 / n;
  const double r3 = s3 / n;
  const double r4 = s4 / n;
  CentralMoments moments{};
  moments.n = sample.size();
  moments.mean = center + e;
  moments.m2 = r2 - e * e;
  moments.m3 = r3 - 3.0 * e * r2 + 2.0 * e * e * e;
  moments.m4 = r4 - 4.0 * e * r3 + 6.0 * e * e * r2 - 3.0 * e * e * e * e;
  return moments;
}

}  // namespace detail

NormalTest normaltest(std::span<const double> sample) {
  require_minimum_size(sample.size(), "normaltest");
  return detail::normaltest_from_moments(detail::central_moments(sample));
}

void OnlineMoments::push(double x) {
  // Terriberry's (2007) / Pebay's (2008) one-value update of the sums of powers of deviations;
  // M4 and M3 use the old M2 and M3, so the order M4, M3, M2 matters.
  const double n_before = static_cast<double>(n_);
  ++n_;
  const double n = static_cast<double>(n_);
  const double delta = (x - mean_hi_) - mean_lo_;
  const double delta_n = delta / n;
  const double delta_n2 = delta_n * delta_n;
  const double term1 = delta * delta_n * n_before;
  const ExactSum moved = two_sum(mean_hi_, delta_n);
  const ExactSum new_mean = two_sum(moved.sum, mean_lo_ + moved.error);
  mean_hi_ = new_mean.sum;
  mean_lo_ = new_mean.error;
  m4_ += term1 * delta_n2 * (n * n - 3.0 * n + 3.0) + 6.0 * delta_n2 * m2_ - 4.0 * delta_n * m3_;
  m3_ += term1 * delta_n * (n - 2.0) - 3.0 * delta_n * m2_;
  m2_ += term1;
}

std::size_t OnlineMoments::count() const { return n_; }

double OnlineMoments::mean() const { return n_ == 0 ? kNaN : mean_hi_ + mean_lo_; }

double OnlineMoments::variance() const {
  return n_ == 0 ? kNaN : m2_ / static_cast<double>(n_);
}

NormalTest OnlineMoments::normaltest() const {
  require_minimum_size(n_, "OnlineMoments::normaltest");
  const double n = static_cast<double>(n_);
  return detail::normaltest_from_moments({n_, mean_hi_ + mean_lo_, m2_ / n, m3_ / n, m4_ / n});
}

}  // namespace wb::stats
