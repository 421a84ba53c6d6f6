// Counting replacements of the global operator new and delete (every form). Linked only into
// programs that depend on wb::alloc_counter. Each block carries a header with its requested size,
// so frees are counted exactly without relying on sized delete.
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <new>

#include "wb/detail/alloc_state.hpp"

namespace {

using wb::alloc::detail::g_state;

// The header precedes the block: the requested size and the offset back to malloc's pointer.
struct Header {
  std::size_t size;
  std::size_t offset;
};

void record(std::size_t in_use) noexcept {
  // Acquire pairs with start_timeline's release: samples and capacity are set before it is on.
  if (!g_state.timeline_on.load(std::memory_order_acquire)) return;
  const std::size_t i = g_state.used.fetch_add(1, std::memory_order_relaxed);
  if (i >= g_state.capacity) return;
  const auto now = std::chrono::steady_clock::now().time_since_epoch();
  g_state.samples[i] = {std::chrono::duration_cast<std::chrono::nanoseconds>(now).count(), in_use};
}

void count_alloc(std::size_t size) noexcept {
  g_state.allocations.fetch_add(1, std::memory_order_relaxed);
  g_state.allocated_bytes.fetch_add(size, std::memory_order_relaxed);
  const std::size_t now = g_state.current.fetch_add(size, std::memory_order_relaxed) + size;
  std::size_t peak = g_state.peak.load(std::memory_order_relaxed);
  while (now > peak && !g_state.peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
  record(now);
}

void* allocate(std::size_t size, std::size_t alignment) noexcept {
  alignment = alignment < alignof(std::max_align_t) ? alignof(std::max_align_t) : alignment;
  // Room for the header, rounded up to the alignment so the user block stays aligned.
  const std::size_t offset = (sizeof(Header) + alignment - 1) / alignment * alignment;
  // A size this close to SIZE_MAX would wrap offset + size around to a small block: refuse it.
  if (size > SIZE_MAX - offset - alignment) return nullptr;
  void* raw = nullptr;
  if (alignment <= alignof(std::max_align_t)) {
    raw = std::malloc(offset + size);
  } else {
    const std::size_t total = (offset + size + alignment - 1) / alignment * alignment;
    raw = std::aligned_alloc(alignment, total);
  }
  if (raw == nullptr) return nullptr;
  auto* block = static_cast<char*>(raw) + offset;
  new (block - sizeof(Header)) Header{size, offset};
  g_state.hooks_linked.store(true, std::memory_order_relaxed);
  count_alloc(size);
  return block;
}

void deallocate(void* p) noexcept {
  if (p == nullptr) return;
  auto* block = static_cast<char*>(p);
  const Header header = *reinterpret_cast<Header*>(block - sizeof(Header));
  g_state.frees.fetch_add(1, std::memory_order_relaxed);
  const std::size_t now = g_state.current.fetch_sub(header.size, std::memory_order_relaxed) - header.size;
  record(now);
  std::free(block - header.offset);
}

void* allocate_or_throw(std::size_t size, std::size_t alignment) {
  for (;;) {
    if (void* p = allocate(size, alignment)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

// Marks the hooks as linked even before the first allocation.
[[maybe_unused]] const bool g_linked = (g_state.hooks_linked.store(true), true);

}  // namespace

void* operator new(std::size_t size) { return allocate_or_throw(size, 0); }
void* operator new[](std::size_t size) { return allocate_or_throw(size, 0); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, 0); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, 0); }
void* operator new(std::size_t size, std::align_val_t al) {
  return allocate_or_throw(size, static_cast<std::size_t>(al));
}
void* operator new[](std::size_t size, std::align_val_t al) {
  return allocate_or_throw(size, static_cast<std::size_t>(al));
}
void* operator new(std::size_t size, std::align_val_t al, const std::nothrow_t&) noexcept {
  return allocate(size, static_cast<std::size_t>(al));
}
void* operator new[](std::size_t size, std::align_val_t al, const std::nothrow_t&) noexcept {
  return allocate(size, static_cast<std::size_t>(al));
}

void operator delete(void* p) noexcept { deallocate(p); }
void operator delete[](void* p) noexcept { deallocate(p); }
void operator delete(void* p, std::size_t) noexcept { deallocate(p); }
void operator delete[](void* p, std::size_t) noexcept { deallocate(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { deallocate(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { deallocate(p); }
void operator delete(void* p, std::align_val_t) noexcept { deallocate(p); }
void operator delete[](void* p, std::align_val_t) noexcept { deallocate(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { deallocate(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { deallocate(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { deallocate(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { deallocate(p); }
