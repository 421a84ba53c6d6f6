// ch03.8 tuple_vs_list: the functions every implementation defines (read, don't edit).
//
// No include guard: tuple_vs_list.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in tuple_vs_list.hpp.
// The allocator below is defined here, not in tuple_vs_list.hpp, because each implementation's
// PooledList must draw from that implementation's pool.

// Replaces out[i] with a new list of value(first, i, 0..kLength-1): the book's list literal, one
// heap block of exactly kLength ints. The previous list in the slot is freed.
void make_lists(int first, std::span<std::vector<int>> out);

// Sets out[i] to value(first, i, 0..kLength-1): the book's tuple.
void make_tuples(int first, std::span<Tuple> out);

// The pool: returns a block of `bytes` bytes (aligned as operator new aligns), from the free list
// when it is a kBlockBytes request and the list is not empty, else from operator new.
void* pool_allocate(std::size_t bytes);
// Takes back a block pool_allocate(bytes) returned: keeps it on the free list if it is a
// kBlockBytes block and fewer than kMaxCached are kept, else gives it to operator delete.
void pool_deallocate(void* block, std::size_t bytes) noexcept;
// Returns how many blocks the free list holds now.
std::size_t pool_cached() noexcept;
// Gives every cached block back to operator delete.
void pool_clear() noexcept;

// A std::allocator that draws from this implementation's pool.
template <class T>
struct PoolAllocator {
  using value_type = T;
  PoolAllocator() = default;
  template <class U>
  PoolAllocator(const PoolAllocator<U>&) noexcept {}
  T* allocate(std::size_t n) { return static_cast<T*>(pool_allocate(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { pool_deallocate(p, n * sizeof(T)); }
  friend bool operator==(const PoolAllocator&, const PoolAllocator&) noexcept { return true; }
};

// A vector whose buffer comes from the pool.
using PooledList = std::vector<int, PoolAllocator<int>>;

// Replaces out[i] with a new PooledList of value(first, i, 0..kLength-1) (one block of kBlockBytes
// from the pool); the previous one goes back to the pool.
void make_pooled_lists(int first, std::span<PooledList> out);
