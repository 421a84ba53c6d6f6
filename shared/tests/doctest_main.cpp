// The main of every workbook test binary: doctest's, plus one flag used by the shipped-state check.
//
//   --wb-expect-not-implemented   exit 0 only if some test case failed and every failed test case
//                                 failed because a stub threw wb::not_implemented (how a stub must
//                                 behave as shipped); exit 1 otherwise.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Tally {
  int failed_cases = 0;
  int not_implemented_cases = 0;
};
Tally g_tally;

// Listens to every test case and notes why it failed.
struct NotImplementedListener : doctest::IReporter {
  bool current_threw_not_implemented = false;

  explicit NotImplementedListener(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_start(const doctest::TestCaseData&) override { current_threw_not_implemented = false; }
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats& stats) override {
    if (!stats.testCaseSuccess) {
      ++g_tally.failed_cases;
      if (current_threw_not_implemented) ++g_tally.not_implemented_cases;
    }
  }
  void test_case_exception(const doctest::TestCaseException& e) override {
    if (std::string(e.error_string.c_str()).find("not_implemented") != std::string::npos)
      current_threw_not_implemented = true;
  }
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};

}  // namespace

DOCTEST_REGISTER_LISTENER("wb_not_implemented", 1, NotImplementedListener);

int main(int argc, char** argv) {
  bool expect_not_implemented = false;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--wb-expect-not-implemented") == 0) {
      expect_not_implemented = true;
    } else {
      args.push_back(argv[i]);
    }
  }
  doctest::Context context(static_cast<int>(args.size()), args.data());
  const int status = context.run();
  if (context.shouldExit()) return status;
  if (!expect_not_implemented) return status;

  if (g_tally.failed_cases > 0 && g_tally.failed_cases == g_tally.not_implemented_cases) {
    std::printf("as shipped: %d test case(s) fail with not_implemented, as a stub should\n",
                g_tally.failed_cases);
    return 0;
  }
  if (g_tally.failed_cases == 0) {
    std::printf("as shipped: every test passed, but a stub must fail with not_implemented\n");
  } else {
    std::printf("as shipped: %d test case(s) failed for a reason other than not_implemented\n",
                g_tally.failed_cases - g_tally.not_implemented_cases);
  }
  return 1;
}
