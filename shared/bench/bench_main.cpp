// The main of every workbook benchmark: Google Benchmark's, plus the --wb_smoke flag.
#include <cstring>
#include <vector>

#include "wb/bench.hpp"

namespace {
bool g_smoke = false;
}

bool wb::bench::smoke() noexcept { return g_smoke; }

int main(int argc, char** argv) {
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--wb_smoke") == 0) {
      g_smoke = true;
    } else {
      args.push_back(argv[i]);
    }
  }
  int n = static_cast<int>(args.size());
  args.push_back(nullptr);
  benchmark::Initialize(&n, args.data());
  if (benchmark::ReportUnrecognizedArguments(n, args.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
