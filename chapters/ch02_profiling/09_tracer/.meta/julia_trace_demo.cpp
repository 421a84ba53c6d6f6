// ch02: the Julia phases on a timeline. Built with WB_ENABLE_PROFILE together with the frozen
// naive port (julia_baseline.cpp), so its WB_PROFILE_SCOPE marks record events; writes the trace of
// one small run to the file named by its argument. Used by the test ch02.9-julia-trace.
#include <cstdio>
#include <exception>

#include "julia.hpp"
#include "wb/profile.hpp"

int main(int argc, char** argv) {
  static_assert(wb::profile::enabled, "build this file with WB_ENABLE_PROFILE");
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s TRACE.json\n", argv[0]);
    return 2;
  }
  try {
    wb::julia::Spec spec;
    spec.width = 120;
    wb::trace::global().name_thread("main");
    const auto counts = ch02::julia::baseline::julia_set(spec, 1);
    wb::trace::global().save(argv[1]);
    return counts.empty() ? 1 : 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "julia_trace_demo: %s\n", e.what());
    return 1;
  }
}
