// ch01.4 amdahl (stub): Amdahl's law, and the book's survey run by real threads.
//
// Steps: after each, run `ctest --preset dev -L ch01.4` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. amdahl_speedup: 1 / ((1 - p) + p / workers), after checking the arguments;
//   2. the survey's split: serial_minutes (the tally: what makes interviewing the fraction p of
//      the one-asker time), then run_survey: the interviews dealt out evenly to `askers`
//      std::jthreads running at the same time, and the tally alone once they have all finished.
// Done = the tests pass. Then `./workbook run amdahl --png amdahl.png` measures the speed-ups on
// this machine's cores against your amdahl_speedup.
#include "amdahl.hpp"

namespace ch01::amdahl::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch01.4) 1: throw std::invalid_argument (<stdexcept>) unless 0 <= p <= 1 and workers >= 1
// (write the test so that a NaN fails it: !(p >= 0 && p <= 1)); then return the law.
double amdahl_speedup(double /*parallel_fraction*/, unsigned /*workers*/) { throw wb::not_implemented{"ch01.4"}; }

// TODO(ch01.4) 2: check the survey; one asker needs T1 = participants + serial minutes, and
// interviewing is the fraction p of T1: solve participants = p * T1 for the serial minutes.
double serial_minutes(const Survey& /*survey*/) { throw wb::not_implemented{"ch01.4"}; }

// TODO(ch01.4) 2: check askers and the survey first (serial_minutes throws for a bad survey); then,
// in a block, a std::vector<std::jthread> (<thread>, <vector>) with one thread per asker: asker a
// interviews participants a, a + askers, a + 2 * askers, ... (round robin: even by construction).
// The jthreads join when the vector is destroyed at the end of the block: only after it, the tally.
void run_survey(const Survey& /*survey*/, unsigned /*askers*/, SurveyWork& /*work*/) {
  throw wb::not_implemented{"ch01.4"};
}

}  // namespace ch01::amdahl::WB_VARIANT
