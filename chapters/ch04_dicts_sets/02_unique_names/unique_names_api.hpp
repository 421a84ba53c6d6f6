// ch04.2 unique_names: the functions every implementation defines (read, don't edit).
//
// No include guard: unique_names.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in unique_names.hpp.

// Returns the part of name before its first space (a view into name). Throws std::invalid_argument
// naming the entry if name has no space at all, as Python's `first, last = name.split(" ", 1)`
// raises ValueError. "Ada  Lovelace" (two spaces) gives "Ada"; " Ada" gives "" (an empty first name).
std::string_view first_name(std::string_view name);

// Returns how many different first names (first_name of each entry's name, compared exactly, case
// and all) the phone book holds: 0 for an empty book. Throws as first_name does for a name without
// a space. Phone numbers play no part.
std::size_t unique_first_names(std::span<const Entry> phonebook);
