// ch02 julia program, --count: the counting exercise's report (ch02.3). It runs count_julia (the
// solution's, or the learner's with --variant exercise) in both loop orders and sets the five
// counts beside the book's profiler figures.
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "counting.hpp"
#include "julia_program.hpp"
#include "wb/cli.hpp"
#include "wb/exercise.hpp"

namespace ch02::julia_program {

using wb::cli::with_commas;

int run_count_report(const Options& opt, const ModeImplementation& impl) {
  namespace counting = ch02::counting;
  using counting::Counts;
  using counting::Order;
  const auto count = [&](Order order) {
#ifdef WB_HAVE_SOLUTION
    if (impl.solution) return counting::solution::count_julia(opt.spec, order);
#endif
    return counting::exercise::count_julia(opt.spec, order);
  };
  const std::string_view file = impl.solution ? "solutions/ch02_profiling/03_counting/counting.cpp"
                                              : "chapters/ch02_profiling/03_counting/counting.cpp";
  fmt::print("Counting the naive Julia run with the {}'s count_julia ({}).\n", impl.name, file);
#ifdef WB_HAVE_SOLUTION
  if (impl.solution) fmt::print("(--count --variant exercise runs yours instead.)\n");
#endif
  const wb::julia::Grid grid = wb::julia::book_grid(opt.spec);
  fmt::print("Grid: {} x {} pixels, {} iterations at most.\n", with_commas(grid.xs.size()),
             with_commas(grid.ys.size()), opt.spec.max_iterations);
  std::fflush(stdout);

  Counts book_order;
  Counts swapped;
  try {
    book_order = count(Order::book);
    swapped = count(Order::swapped);
  } catch (const wb::not_implemented&) {
    fmt::print(stderr,
               "julia: --count: count_julia in chapters/ch02_profiling/03_counting/counting.cpp is not implemented "
               "yet (it throws wb::not_implemented until step 6).\n"
               "Do the steps listed at the top of that file (./workbook hint ch02.3){}.\n",
#ifdef WB_HAVE_SOLUTION
               ", or drop --variant exercise to see the solution's counts"
#else
               ""
#endif
    );
    return wb::cli::kFailed;
  }

  const bool book_run = is_book_spec(opt.spec);
  const Counts& expected = counting::book_counts;
  int mismatches = 0;
  struct Row {
    std::string_view label;
    std::int64_t value;
    std::optional<std::int64_t> expected;  // the known figure, for the default run
    std::string_view source;
  };
  const auto book_figure = [&](std::int64_t figure) {
    return book_run ? std::optional<std::int64_t>(figure) : std::nullopt;
  };
  const std::int64_t swapped_abs = swapped.abs_calls;
  const Row rows[] = {
      {"while-test evaluations", book_order.loop_tests, book_figure(expected.loop_tests),
       "book, line_profiler: hits on the while line"},
      {"z = z * z + c updates", book_order.z_updates, book_figure(expected.z_updates),
       "book, line_profiler: hits on the update line"},
      {"abs calls (book order)", book_order.abs_calls, book_figure(expected.abs_calls),
       "book, cProfile: ncalls of {abs}"},
      {"appends during set-up", book_order.setup_appends, book_figure(expected.setup_appends),
       "book, cProfile: ncalls of list.append"},
      {"pixels that reach max_iterations", book_order.pixels_at_limit,
       book_figure(expected.pixels_at_limit), "reference kernel: counts == 300"},
      {"abs calls (swapped order)", swapped_abs,
       book_figure(expected.abs_calls - expected.pixels_at_limit), "34,219,980 - 100,321"},
  };
  fmt::print("\n{:<33} {:>11}  {:>11}  {}\n", "event", "counted", "expected", "source of the expected figure");
  for (const Row& row : rows) {
    std::string expected_text = "-";
    if (row.expected) {
      expected_text = with_commas(static_cast<std::uint64_t>(*row.expected));
      if (*row.expected != row.value) {
        expected_text += " MISMATCH";
        ++mismatches;
      }
    }
    const std::string line = fmt::format("{:<33} {:>11}  {:>11}  {}", row.label,
                                         with_commas(static_cast<std::uint64_t>(row.value)),
                                         expected_text, row.expected ? row.source : "");
    fmt::print("{}\n", line.substr(0, line.find_last_not_of(' ') + 1));
  }
  if (!book_run) fmt::print("(The expected figures apply to the book's default run only.)\n");

  // The relations every run must satisfy, whatever the grid.
  const std::int64_t pixels = static_cast<std::int64_t>(grid.xs.size() * grid.ys.size());
  const std::int64_t columns = static_cast<std::int64_t>(grid.xs.size());
  const std::int64_t rows_count = static_cast<std::int64_t>(grid.ys.size());
  const std::int64_t saved = book_order.abs_calls - swapped.abs_calls;
  std::vector<std::string> broken;
  if (book_order.loop_tests != book_order.z_updates + pixels) {
    broken.push_back("while-test evaluations should be updates + pixels");
  }
  if (book_order.setup_appends != columns + rows_count + 2 * pixels) {
    broken.push_back("appends should be |x| + |y| + 2 x pixels");
  }
  if (book_order.abs_calls != book_order.loop_tests) {
    broken.push_back("in the book order, abs runs on every loop test");
  }
  if (saved != book_order.pixels_at_limit) {
    broken.push_back("the swapped order should save one abs call per pixel at the limit");
  }
  if (swapped.loop_tests != book_order.loop_tests || swapped.z_updates != book_order.z_updates ||
      swapped.setup_appends != book_order.setup_appends ||
      swapped.pixels_at_limit != book_order.pixels_at_limit) {
    broken.push_back("the swapped order should change nothing but the abs calls");
  }

  fmt::print("\nSwapping the loop test to `n < maxiter && abs(z) < 2` saves exactly {} abs calls:\n"
             "one per pixel that reaches max_iterations ({} pixels), where abs no longer runs on the\n"
             "last test.\n",
             with_commas(static_cast<std::uint64_t>(saved < 0 ? 0 : saved)),
             with_commas(static_cast<std::uint64_t>(book_order.pixels_at_limit)));
  for (const std::string& problem : broken) fmt::print("INCONSISTENT: {}\n", problem);
  if (mismatches > 0 || !broken.empty()) {
    fmt::print(stderr, "julia: --count: {}'s counts are wrong ({} differ from the book, {} relations broken)\n",
               impl.name, mismatches, broken.size());
    return wb::cli::kFailed;
  }
  return wb::cli::kOk;
}

}  // namespace ch02::julia_program
