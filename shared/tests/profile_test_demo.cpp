// A tiny program with profiling switched on, run by profile_test_enabled.cpp to check that the
// global trace is saved at exit. It is also the model for a chapter program's --trace option:
//
//   WB_TRACE_FILE=trace.json wb_profile_demo     # saved at exit through the environment
//   wb_profile_demo --trace trace.json           # saved at exit through the option
#define WB_ENABLE_PROFILE 1
#include <cstdio>
#include <cstring>

#include "wb/profile.hpp"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--trace") == 0 && i + 1 < argc) {
      wb::trace::save_global_on_exit(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: %s [--trace FILE]\n", argv[0]);
      return 2;
    }
  }
  wb::trace::global().name_thread("main");
  WB_PROFILE_SCOPE("demo_main");  // ends when main returns, before the trace is saved
  volatile double sink = 0.0;
  {
    WB_PROFILE_SCOPE("build_grid");
    for (int k = 0; k < 1000; ++k) sink = sink + k;
  }
  {
    WB_PROFILE_SCOPE("build_lists");
    for (int k = 0; k < 1000; ++k) sink = sink + k;
  }
  {
    WB_PROFILE_SCOPE("calculate_z");
    for (int k = 0; k < 1000; ++k) sink = sink + k;
  }
  return 0;
}
