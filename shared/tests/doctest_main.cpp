// The main of every workbook test binary: doctest's, plus one flag used by the shipped-state check.
//
//   --wb-expect-known-defects     exit 0 only if some test case failed and every failed test case
//                                 failed because a fix exercise's shipped code hit one of its known
//                                 defects: an .at() out of range (std::out_of_range) or its loop
//                                 guard (wb::guard_tripped); exit 1 otherwise.
//   --wb-expect-not-implemented   exit 0 only if some test case failed and every failed test case
//                                 failed because a stub threw wb::not_implemented (how a stub must
//                                 behave as shipped); exit 1 otherwise.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <stdexcept>
#include <vector>

#include "wb/exercise.hpp"

// Names the exception types a fix exercise's defects throw, so the listener can tell them apart.
REGISTER_EXCEPTION_TRANSLATOR(const std::out_of_range& e) {
  return doctest::String("known_defect std::out_of_range: ") + e.what();
}
REGISTER_EXCEPTION_TRANSLATOR(const wb::guard_tripped& e) {
  return doctest::String("known_defect ") + e.what();
}

namespace {

struct Tally {
  int failed_cases = 0;
  int not_implemented_cases = 0;
  int known_defect_cases = 0;
};
Tally g_tally;

// Listens to every test case and notes why it failed.
struct NotImplementedListener : doctest::IReporter {
  bool current_threw_not_implemented = false;
  bool current_hit_known_defect = false;

  explicit NotImplementedListener(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_start(const doctest::TestCaseData&) override {
    current_threw_not_implemented = false;
    current_hit_known_defect = false;
  }
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats& stats) override {
    if (!stats.testCaseSuccess) {
      ++g_tally.failed_cases;
      if (current_threw_not_implemented) ++g_tally.not_implemented_cases;
      if (current_hit_known_defect) ++g_tally.known_defect_cases;
    }
  }
  void test_case_exception(const doctest::TestCaseException& e) override {
    const std::string what(e.error_string.c_str());
    if (what.find("not_implemented") != std::string::npos) current_threw_not_implemented = true;
    if (what.rfind("known_defect ", 0) == 0) current_hit_known_defect = true;
  }
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};

}  // namespace

DOCTEST_REGISTER_LISTENER("wb_not_implemented", 1, NotImplementedListener);

// Judges a shipped run: some test case failed, and each failed case for the expected reason.
static int judge(int failed, int expected_failures, const char* kind, const char* reason) {
  if (failed > 0 && failed == expected_failures) {
    std::printf("as shipped: %d test case(s) fail with %s, as a %s should\n", failed, reason, kind);
    return 0;
  }
  if (failed == 0) {
    std::printf("as shipped: every test passed, but a %s must fail with %s\n", kind, reason);
  } else {
    std::printf("as shipped: %d test case(s) failed for a reason other than %s\n",
                failed - expected_failures, reason);
  }
  return 1;
}

int main(int argc, char** argv) {
  bool expect_not_implemented = false;
  bool expect_known_defects = false;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--wb-expect-not-implemented") == 0) {
      expect_not_implemented = true;
    } else if (std::strcmp(argv[i], "--wb-expect-known-defects") == 0) {
      expect_known_defects = true;
    } else {
      args.push_back(argv[i]);
    }
  }
  doctest::Context context(static_cast<int>(args.size()), args.data());
  const int status = context.run();
  if (context.shouldExit()) return status;
  if (expect_not_implemented) {
    return judge(g_tally.failed_cases, g_tally.not_implemented_cases, "stub", "not_implemented");
  }
  if (expect_known_defects) {
    return judge(g_tally.failed_cases, g_tally.known_defect_cases, "fix exercise",
                 "its known defects (std::out_of_range or wb::guard_tripped)");
  }
  return status;
}
