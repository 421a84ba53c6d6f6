// ch04.5 hash_quality: the functions every implementation defines (read, don't edit).
//
// No include guard: hash_quality.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp). "slots" is a table size, a power of two; a
// hash's slot is hash & (slots - 1).

// Step 1. How many names collide under first_letter_hash: a name collides when an earlier name
// has the same first-letter hash (so: names.size() minus the number of distinct first letters).
std::size_t first_letter_collisions(std::span<const std::string> names);

// Step 2. The Shannon entropy, in bits, of the slots the hashes pick in a table of `slots` slots:
// -sum p(i) log2 p(i), p(i) the fraction of the hashes whose slot is i. 0 for no hashes or one
// slot; at most log2(min(hashes.size(), slots)), reached when the keys spread as evenly as they
// can. Throws std::invalid_argument when slots is not a power of two (0 included).
double slot_entropy(std::span<const std::uint64_t> hashes, std::size_t slots);

// Step 3. The book's Example 4-7 for a key of two lower-case letters:
// (key[1] - 'a') + 26 * (key[0] - 'a'), so "aa" is 0 and "zz" 675. Throws std::invalid_argument
// for any other key (wrong length, a character outside 'a' .. 'z').
std::uint64_t two_letter_hash(std::string_view key);

// Step 3. How many hashes land in a slot an earlier hash already took (in a table of `slots`
// slots). Throws std::invalid_argument when slots is not a power of two (0 included).
std::size_t slot_collisions(std::span<const std::uint64_t> hashes, std::size_t slots);

// Step 3. True when no two hashes share a slot: the hash is perfect for these keys in that table.
// Throws std::invalid_argument when slots is not a power of two (0 included).
bool is_perfect(std::span<const std::uint64_t> hashes, std::size_t slots);

// Step 4. The book's Point (Example 4-6), hashed and compared by its coordinates.
struct Point {
  int x = 0;
  int y = 0;
};

// Step 4. Equal when both coordinates are (C++20 derives != from it).
bool operator==(const Point& a, const Point& b);

// Step 4. A content hash: equal points hash alike, and different points should not: in a table
// of 16,384 slots the 5,000 points of a 100 x 50 grid must spread nearly as well as random
// hashes would (slot entropy at least 11.9 bits; random: about 12.0; log2(5,000) = 12.3).
std::uint64_t point_hash(const Point& p);
