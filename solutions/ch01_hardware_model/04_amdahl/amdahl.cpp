// ch01.4 amdahl: the reference solution.
#include <cmath>
#include <stdexcept>
#include <thread>
#include <vector>

#include "amdahl.hpp"

namespace ch01::amdahl::WB_VARIANT {

double amdahl_speedup(double parallel_fraction, unsigned workers) {
  if (!(parallel_fraction >= 0.0 && parallel_fraction <= 1.0)) {
    throw std::invalid_argument("amdahl_speedup: the parallel fraction must be in [0, 1]");
  }
  if (workers == 0) throw std::invalid_argument("amdahl_speedup: at least one worker");
  return 1.0 / ((1.0 - parallel_fraction) + parallel_fraction / workers);
}

double serial_minutes(const Survey& survey) {
  if (survey.participants == 0) throw std::invalid_argument("serial_minutes: no participants");
  const double p = survey.parallel_fraction;
  if (!(p > 0.0 && p <= 1.0)) throw std::invalid_argument("serial_minutes: the parallel fraction must be in (0, 1]");
  // participants = p * T1 and T1 = participants + serial, so serial = participants * (1 - p) / p.
  return survey.participants * (1.0 - p) / p;
}

void run_survey(const Survey& survey, unsigned askers, SurveyWork& work) {
  if (askers == 0) throw std::invalid_argument("run_survey: at least one asker");
  const double tally = serial_minutes(survey);  // checks the survey before any work
  {
    std::vector<std::jthread> team;
    team.reserve(askers);
    for (unsigned a = 0; a < askers; ++a) {
      team.emplace_back([&survey, &work, askers, a] {
        for (unsigned p = a; p < survey.participants; p += askers) work.interview(p, a);
      });
    }
  }  // every jthread joins here: all the interviews are over
  work.alone(tally);
}

}  // namespace ch01::amdahl::WB_VARIANT
