#include "wb/png.hpp"

#include <png.h>

#include <cstddef>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

namespace wb::png {

void write_grey(const std::string& path, int width, int height, std::span<const std::uint8_t> pixels) {
  if (width <= 0 || height <= 0) {
    throw std::invalid_argument(
        fmt::format("cannot write PNG '{}': the image is {} x {} pixels; both must be positive", path,
                    width, height));
  }
  const std::size_t expected = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
  if (pixels.size() != expected) {
    throw std::invalid_argument(fmt::format(
        "cannot write PNG '{}': {} x {} pixels need {} bytes, got {}", path, width, height, expected,
        pixels.size()));
  }

  // The simplified API: describe the memory image, then write it in one call.
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = PNG_FORMAT_GRAY;  // one byte per pixel
  const png_int_32 row_stride = width;
  const int ok = png_image_write_to_file(&image, path.c_str(), /*convert_to_8bit=*/0, pixels.data(),
                                         row_stride, /*colormap=*/nullptr);
  if (ok == 0) {
    // image.message holds libpng's reason (it includes strerror for I/O failures).
    const std::string reason = image.message;
    png_image_free(&image);
    throw std::runtime_error(fmt::format("cannot write PNG '{}': {}", path, reason));
  }
}

}  // namespace wb::png
