// wb/process.hpp: running other programs without a shell (posix_spawnp).
#include "wb/process.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

namespace wb::process {

TwinTiming time_python_twin(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return {std::nullopt, fmt::format("pipe failed: {}", std::strerror(errno))};
  // The child's stdout is the pipe; its stderr stays ours, so a Python traceback is visible.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  pid_t pid = 0;
  const int spawn_error = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (spawn_error != 0) {
    close(pipe_fds[0]);
    if (spawn_error == ENOENT) return {std::nullopt, fmt::format("{} was not found on the PATH", args[0])};
    return {std::nullopt, fmt::format("cannot start {}: {}", args[0], std::strerror(spawn_error))};
  }

  std::string output;
  char buffer[256];
  for (;;) {
    const ssize_t got = read(pipe_fds[0], buffer, sizeof buffer);
    if (got > 0) {
      output.append(buffer, static_cast<std::size_t>(got));
    } else if (got == 0 || errno != EINTR) {
      break;
    }
  }
  close(pipe_fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    return {std::nullopt, fmt::format("{} was killed by signal {}", args[1], WTERMSIG(status))};
  }
  if (WEXITSTATUS(status) != 0) {
    return {std::nullopt, fmt::format("{} exited with code {}", args[1], WEXITSTATUS(status))};
  }

  double seconds = 0.0;
  const char* first = output.data();
  const char* last = output.data() + output.size();
  while (last != first && (last[-1] == '\n' || last[-1] == '\r' || last[-1] == ' ')) --last;
  const auto [end, error] = std::from_chars(first, last, seconds);
  if (error != std::errc{} || end != last) {
    return {std::nullopt, fmt::format("{} printed '{}', not a number of seconds", args[1],
                                      std::string(first, last))};
  }
  return {seconds, {}};
}

int run_program(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  pid_t pid = 0;
  const int spawn_error = posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
  if (spawn_error != 0) {
    throw std::runtime_error(fmt::format("cannot start {}: {}", args[0], std::strerror(spawn_error)));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    throw std::runtime_error(fmt::format("{} was killed by signal {}", args[0], WTERMSIG(status)));
  }
  return WEXITSTATUS(status);
}

std::string gnuplot_quote(std::string_view text) {
  std::string quoted = "'";
  for (char ch : text) {
    quoted += ch;
    if (ch == '\'') quoted += '\'';
  }
  return quoted + "'";
}

void run_gnuplot(const std::string& settings, const std::string& script) {
  if (script.empty() || !std::filesystem::exists(script)) {
    throw std::runtime_error(fmt::format("the gnuplot script was not found ('{}')", script));
  }
  const int code = run_program({"gnuplot", "-e", settings, script});
  if (code != 0) throw std::runtime_error(fmt::format("gnuplot exited with code {}", code));
}

}  // namespace wb::process
