// ch01.4 amdahl: the interface of the exercise (not edited by the learner).
//
// Amdahl's law: if a fraction p of a program's one-worker time can be split over n workers and the
// rest must run on one, the best speed-up is 1 / ((1 - p) + p / n), never more than 1 / (1 - p)
// however many workers there are. The book tells it with a survey: 100 participants, one minute
// each; one person asking the questions needs 100 minutes, two need 50, and 100 askers need one
// minute, after which more askers cannot help. Here the survey also has a part nobody can share (one
// person tallies the answers at the end), sized so that interviewing is the fraction p of the
// one-asker time; the askers are real threads (std::jthread), and the program measures the speed-up
// on this machine's cores against the law.
//
// Example:
//   namespace a = ch01::amdahl::exercise;
//   a::amdahl_speedup(0.9, 2);                                // 1 / (0.1 + 0.45) = 1.818...
//   a::serial_minutes({.participants = 100, .parallel_fraction = 0.9});   // 11.11 minutes of tallying
//   MyWork work;                                              // a SurveyWork: what a minute costs
//   a::run_survey({100, 0.9}, 2, work);                       // two askers, then the tally
#pragma once

#include "wb/exercise.hpp"

namespace ch01::amdahl {

// The book's survey: `participants` people, one minute of an asker's time each (the parallel
// part), and a tally one person does alone (the serial part), sized so that interviewing is
// `parallel_fraction` of the one-asker time.
struct Survey {
  unsigned participants = 100;
  double parallel_fraction = 0.9;
};

// What the survey's minutes cost: real work in the program and the benchmark, counters and a
// fake clock in the tests. run_survey calls interview() from the askers' threads, concurrently, so
// an implementation must be thread-safe.
class SurveyWork {
 public:
  virtual ~SurveyWork() = default;
  // One minute: asker number `asker` (0-based) interviews participant number `participant`.
  virtual void interview(unsigned participant, unsigned asker) = 0;
  // The part one person does alone: `minutes` minutes of tallying.
  virtual void alone(double minutes) = 0;
};

#define WB_API "amdahl_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch01::amdahl
