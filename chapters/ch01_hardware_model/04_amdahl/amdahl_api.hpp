// ch01.4 amdahl: the functions every implementation defines (read, don't edit).
//
// No include guard: amdahl.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp).

// Amdahl's speed-up with `workers` workers when the fraction parallel_fraction of the one-worker
// time can be shared among them: 1 / ((1 - p) + p / workers). Throws std::invalid_argument unless
// 0 <= parallel_fraction <= 1 (NaN is not) and workers >= 1.
double amdahl_speedup(double parallel_fraction, unsigned workers);

// The survey's serial part, in minutes: the tally that makes interviewing (participants minutes,
// one asker) the fraction parallel_fraction of the one-asker time. Throws std::invalid_argument
// unless participants >= 1 and 0 < parallel_fraction <= 1.
double serial_minutes(const Survey& survey);

// Runs the survey with `askers` askers: every participant interviewed exactly once, the
// participants split as evenly as possible (each asker interviews participants / askers of them,
// rounded down or up), each asker on its own std::jthread, all at the same time; then, once every
// interview is over, work.alone(serial_minutes(survey)) on the calling thread. Throws
// std::invalid_argument (before any work) if askers == 0 or the survey is invalid.
void run_survey(const Survey& survey, unsigned askers, SurveyWork& work);
