// ch04.1 phonebook: the functions and classes every implementation defines (read, don't edit).
//
// No include guard: phonebook.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp); the types it uses are in phonebook.hpp.

// The book's Example 4-1: returns the number of the LAST entry of book whose name equals name
// exactly, or nullptr if there is none. The pointer points into book. O(book.size()).
const std::string* find_linear(std::span<const Entry> book, std::string_view name);

// The book's note after Example 4-1: the list sorted once (O(n log n)), then searched by bisection
// (O(log n) per lookup). Keeps its own copy: the book may be destroyed after construction.
class SortedPhonebook {
 public:
  explicit SortedPhonebook(std::span<const Entry> book);
  // Returns the number of the last entry named name in the book it was built from, or nullptr.
  // The pointer stays valid as long as this object does.
  const std::string* find(std::string_view name) const;

 private:
  std::vector<std::string> names_;    // how the implementation uses them is up to it
  std::vector<std::string> numbers_;  // numbers_[i] belongs to names_[i]
};

// The book's Example 4-2: the list turned into a dict (O(n)), then O(1) lookups on average.
// Keeps its own copy: the book may be destroyed after construction.
class HashPhonebook {
 public:
  explicit HashPhonebook(std::span<const Entry> book);
  // Returns the number of the last entry named name in the book it was built from, or nullptr.
  // The pointer stays valid as long as this object does.
  const std::string* find(std::string_view name) const;

 private:
  std::vector<std::string> names_;    // an implementation may leave these two empty
  std::vector<std::string> numbers_;
  NameMap numbers_by_name_;           // ... and use the dict instead
};
