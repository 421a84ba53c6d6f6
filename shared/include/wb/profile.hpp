// wb/profile.hpp: profiling marks that cost nothing unless switched on (the no-op @profile).
//
// The book keeps `@profile` on the functions it profiles and, when no profiler is running,
// defines a do-nothing `profile` so that the tests still run. Here the switch is the macro
// WB_ENABLE_PROFILE, decided per translation unit at compile time:
//   - not defined (the default): WB_PROFILE_SCOPE(name) and WB_PROFILE_FUNCTION() expand to an
//     expression statement that does nothing; `name` is not even evaluated. No code, no cost.
//   - defined (-DWB_ENABLE_PROFILE): each one opens a wb::trace::Scope on wb::trace::global(), so
//     the scope appears as a bar on the timeline.
// Saving: set the environment variable WB_TRACE_FILE to a path and the global trace is written
// there when the program exits normally (WB_TRACE_FILE=julia.json ./build/dev/bin/julia), or call
// wb::trace::save_global_on_exit(path) (a program's --trace FILE option), or save it yourself with
// wb::trace::global().save(path). Open the file in https://ui.perfetto.dev or chrome://tracing.
//
// Example:
//   #include "wb/profile.hpp"
//   std::vector<int> calculate_z(...) {
//     WB_PROFILE_FUNCTION();                  // a bar named "calculate_z"
//     { WB_PROFILE_SCOPE("build_lists"); ... }
//   }
//
// To enable it for one target: target_compile_definitions(<target> PRIVATE WB_ENABLE_PROFILE).
// Only macros change with the switch, so a program may mix enabled and disabled files.
#pragma once

#include "wb/trace.hpp"

namespace wb::profile {

// True in a translation unit compiled with WB_ENABLE_PROFILE. (Internal linkage: each file has
// its own value, so mixing enabled and disabled files breaks no rule.)
#if defined(WB_ENABLE_PROFILE)
constexpr bool enabled = true;
#else
constexpr bool enabled = false;
#endif

}  // namespace wb::profile

#define WB_PROFILE_CONCAT_IMPL(a, b) a##b
#define WB_PROFILE_CONCAT(a, b) WB_PROFILE_CONCAT_IMPL(a, b)

#if defined(WB_ENABLE_PROFILE)
// Records the rest of the enclosing block as an event named `name` (a std::string or something
// convertible to one) on wb::trace::global(). At most one per line.
#define WB_PROFILE_SCOPE(name) \
  const ::wb::trace::Scope WB_PROFILE_CONCAT(wb_profile_scope_, __LINE__)(::wb::trace::global(), name)
#else
// Does nothing; `name` is not evaluated (sizeof only keeps a variable used only here "used").
#define WB_PROFILE_SCOPE(name) static_cast<void>(sizeof(name))
#endif

// Records the rest of the enclosing function as an event named after it (__func__).
#define WB_PROFILE_FUNCTION() WB_PROFILE_SCOPE(__func__)
