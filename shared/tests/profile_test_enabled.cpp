// wb/profile.hpp with profiling switched on (this file defines WB_ENABLE_PROFILE): the marks record
// into wb::trace::global(), and a program run with WB_TRACE_FILE or --trace saves a valid trace at
// exit. profile_test_disabled.cpp, in the same test binary, checks the switched-off macros.
#define WB_ENABLE_PROFILE 1
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "wb/profile.hpp"

#include "json_check.hpp"

namespace {

void profiled_function() { WB_PROFILE_FUNCTION(); }

const wb::trace::Event& find(const std::vector<wb::trace::Event>& events, const std::string& name) {
  for (const auto& e : events) {
    if (e.name == name) return e;
  }
  FAIL("no event named " << name);
  throw std::logic_error("unreachable");
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  REQUIRE_MESSAGE(file, "the trace file was not written: " << path.string());
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// Runs the demo program (profile_test_demo.cpp) through the shell; returns its exit status.
int run_demo(const std::string& environment, const std::string& arguments) {
  const std::string command = environment + " '" WB_PROFILE_DEMO "' " + arguments;
  return std::system(command.c_str());
}

std::filesystem::path temp_trace(const std::string& tag) {
  return std::filesystem::temp_directory_path() /
         ("wb_profile_" + tag + "_" + std::to_string(wb::trace::current_pid()) + ".json");
}

}  // namespace

TEST_SUITE("profile") {

TEST_CASE("WB_PROFILE_SCOPE records one event on the global tracer when enabled") {
  wb::trace::global().clear();
  {
    WB_PROFILE_SCOPE("build_grid");
    CHECK(wb::trace::global().size() == 0);
  }
  const auto events = wb::trace::global().events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].name == "build_grid");
  CHECK(events[0].tid == wb::trace::current_tid());
}

TEST_CASE("the julia phases nest inside the whole run on the timeline") {
  wb::trace::global().clear();
  {
    WB_PROFILE_SCOPE("calc_pure_python");
    { WB_PROFILE_SCOPE("build_grid"); }
    { WB_PROFILE_SCOPE("build_lists"); }
    { WB_PROFILE_SCOPE("calculate_z"); }
  }
  const auto events = wb::trace::global().events();
  REQUIRE(events.size() == 4);
  const auto& whole = find(events, "calc_pure_python");
  std::int64_t previous_end = whole.start_ns;
  for (const char* phase : {"build_grid", "build_lists", "calculate_z"}) {
    CAPTURE(phase);
    const auto& e = find(events, phase);
    CHECK(e.start_ns >= previous_end);  // in program order, one after the other
    CHECK(e.start_ns + e.duration_ns <= whole.start_ns + whole.duration_ns);
    previous_end = e.start_ns + e.duration_ns;
  }
}

TEST_CASE("WB_PROFILE_FUNCTION names the event after the enclosing function") {
  wb::trace::global().clear();
  profiled_function();
  const auto events = wb::trace::global().events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].name == "profiled_function");
}

TEST_CASE("the name of an enabled scope is evaluated once") {
  wb::trace::global().clear();
  int evaluations = 0;
  const auto name = [&] {
    ++evaluations;
    return std::string("computed");
  };
  { WB_PROFILE_SCOPE(name()); }
  CHECK(evaluations == 1);
  CHECK(wb::trace::global().events().at(0).name == "computed");
}

TEST_CASE("save_global_on_exit keeps the last path and an empty path cancels it") {
  const std::filesystem::path before = wb::trace::global_exit_path();  // WB_TRACE_FILE, if set
  wb::trace::save_global_on_exit("first.json");
  wb::trace::save_global_on_exit("second.json");
  CHECK(wb::trace::global_exit_path() == "second.json");
  wb::trace::save_global_on_exit({});
  CHECK(wb::trace::global_exit_path().empty());
  wb::trace::save_global_on_exit(before);  // leave the process as it was
}

TEST_CASE("a program run with WB_TRACE_FILE saves a valid trace at exit") {
  const auto path = temp_trace("env");
  std::filesystem::remove(path);
  REQUIRE(run_demo("WB_TRACE_FILE='" + path.string() + "'", "") == 0);
  const std::string json = read_file(path);
  std::filesystem::remove(path);
  const std::vector<std::string> names = wb_test_json::trace_names_in_json(json);
  CHECK(names == std::vector<std::string>{"demo_main", "build_grid", "build_lists", "calculate_z"});
  CHECK(json.find("\"thread_name\"") != std::string::npos);
}

TEST_CASE("a program's --trace FILE option saves a valid trace at exit") {
  const auto path = temp_trace("option");
  std::filesystem::remove(path);
  REQUIRE(run_demo("env -u WB_TRACE_FILE", "--trace '" + path.string() + "'") == 0);
  const std::vector<std::string> names = wb_test_json::trace_names_in_json(read_file(path));
  std::filesystem::remove(path);
  CHECK(names.size() == 4);
}

TEST_CASE("a program run without WB_TRACE_FILE or --trace writes no trace") {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("wb_profile_none_" + std::to_string(wb::trace::current_pid()));
  std::filesystem::create_directories(dir);
  REQUIRE(run_demo("cd '" + dir.string() + "' && env -u WB_TRACE_FILE", "") == 0);
  CHECK(std::filesystem::is_empty(dir));
  std::filesystem::remove_all(dir);
}

}  // TEST_SUITE("profile")
