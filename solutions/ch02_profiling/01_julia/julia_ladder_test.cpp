// ch02.1 julia: every step of the solution's ladder gives the reference's pixels (test
// ch02.1-julia-ladder-test, label "solutions"). The benchmark times each step against the baseline,
// so each must compute the same image: the learner's tests only reach julia_set (steps 5 and 6).
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "julia_ladder.hpp"
#include "wb/julia.hpp"
#include "wb/julia_specs.hpp"

namespace {

using wb::julia::Spec;
namespace ladder = ch02::julia::solution::ladder;
namespace specs = wb::julia::specs;

// x and y in [-2, 2] at width 4, c = 0: grid points exactly on the circle |z| = 2, where the
// book's |z| < 2 stops and |z|^2 <= 4 would not.
Spec on_the_circle() {
  Spec spec;
  spec.x1 = -2.0;
  spec.x2 = 2.0;
  spec.y1 = -2.0;
  spec.y2 = 2.0;
  spec.width = 4;
  spec.c = {0.0, 0.0};
  spec.max_iterations = 10;
  return spec;
}

std::vector<Spec> cases() {
  std::vector<Spec> all = {on_the_circle(), specs::off_origin_region(40)};
  for (const Spec& s : specs::other_widths()) all.push_back(s);
  for (const Spec& s : specs::other_limits(60)) all.push_back(s);
  for (const Spec& s : specs::other_cs(60)) all.push_back(s);
  Spec outside;  // |c| > 2: an escaped point may come back inside; the book's loop has stopped
  outside.c = {-2.1, 0.0};
  outside.width = 40;
  all.push_back(outside);
  return all;
}

template <class Step>
void require_reference(const std::string& name, Step step) {
  for (const Spec& spec : cases()) {
    CAPTURE(name);
    CAPTURE(spec.width);
    CAPTURE(spec.max_iterations);
    CAPTURE(spec.c);
    REQUIRE(step(spec) == wb::julia::reference_iterations(spec));
  }
}

}  // namespace

TEST_CASE("each step of the ladder gives the reference's pixels") {
  require_reference("swapped", ladder::swapped);
  require_reference("norm", ladder::norm);
  require_reference("no_cs", ladder::no_cs);
  require_reference("on_the_fly", ladder::on_the_fly);
  require_reference("simd", ladder::simd);
  require_reference("simd_threads(2)", [](const Spec& s) { return ladder::simd_threads(s, 2); });
  require_reference("simd_threads(3)", [](const Spec& s) { return ladder::simd_threads(s, 3); });
}
