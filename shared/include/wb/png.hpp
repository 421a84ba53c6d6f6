// wb/png.hpp: writes a greyscale picture to a PNG file (libpng's simplified png_image API).
//
// Example (a 2 x 1 image: one black pixel, one white):
//   const std::vector<std::uint8_t> pixels{0, 255};
//   wb::png::write_grey("/tmp/two.png", 2, 1, pixels);
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace wb::png {

// Writes an 8-bit greyscale PNG of width x height pixels to path. pixels holds the rows top to
// bottom, each row left to right (0 = black, 255 = white); its size must be width * height.
// Throws std::invalid_argument for bad dimensions and std::runtime_error, naming the path and
// libpng's reason, when the file cannot be written.
void write_grey(const std::string& path, int width, int height, std::span<const std::uint8_t> pixels);

}  // namespace wb::png
