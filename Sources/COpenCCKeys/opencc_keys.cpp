// The characters of OpenCC's dictionary keys, which OpenCC's C API does not expose: text between
// two characters that are in no key is segmented and converted on its own, so the reader can hand
// OpenCC only the runs of key characters (TraditionalConverter).
#include "opencc_keys.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MaxMatchSegmentation.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {
// The characters are marked in a bitmap by code point (a std::set of one-character strings took a
// third of this function's time), and a group's dictionaries are read one by one (the group's own
// lexicon is made by merging and sorting theirs: another half).
void addKeyCharacters(const opencc::DictPtr &dict, std::vector<uint64_t> &seen) {
  if (!dict) return;
  if (auto group = std::dynamic_pointer_cast<opencc::DictGroup>(dict)) {
    for (const opencc::DictPtr &member : group->GetDicts()) addKeyCharacters(member, seen);
    return;
  }
  opencc::LexiconPtr lexicon = dict->GetLexicon();
  for (size_t i = 0; i < lexicon->Length(); i++) {
    const std::string key = lexicon->At(i)->Key();
    size_t j = 0;
    while (j < key.size()) {
      unsigned char c = static_cast<unsigned char>(key[j]);
      size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      uint32_t v = n == 1 ? c : c & (0x7F >> n);
      for (size_t k = 1; k < n && j + k < key.size(); k++) v = v << 6 | (static_cast<unsigned char>(key[j + k]) & 0x3F);
      if (v < 0x110000) seen[v >> 6] |= uint64_t(1) << (v & 63);
      j += n;
    }
  }
}

void appendUTF8(uint32_t v, std::string &out) {
  if (v < 0x80) {
    out += static_cast<char>(v);
  } else if (v < 0x800) {
    out += static_cast<char>(0xC0 | (v >> 6));
    out += static_cast<char>(0x80 | (v & 0x3F));
  } else if (v < 0x10000) {
    out += static_cast<char>(0xE0 | (v >> 12));
    out += static_cast<char>(0x80 | ((v >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (v & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (v >> 18));
    out += static_cast<char>(0x80 | ((v >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((v >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (v & 0x3F));
  }
}
}  // namespace

extern "C" char *opencc_key_characters(const char *config) {
  try {
    opencc::Config reader;
    opencc::ConverterPtr converter = reader.NewFromFile(config);
    auto segmentation = std::dynamic_pointer_cast<opencc::MaxMatchSegmentation>(converter->GetSegmentation());
    if (!segmentation) return nullptr;
    std::vector<uint64_t> seen(0x110000 / 64);
    addKeyCharacters(segmentation->GetDict(), seen);
    for (const opencc::ConversionPtr &conversion : converter->GetConversionChain()->GetConversions()) {
      addKeyCharacters(conversion->GetDict(), seen);
    }
    std::string joined;
    for (uint32_t w = 0; w < seen.size(); w++) {
      for (uint64_t bits = seen[w]; bits != 0; bits &= bits - 1) appendUTF8(w << 6 | __builtin_ctzll(bits), joined);
    }
    char *out = static_cast<char *>(std::malloc(joined.size() + 1));
    if (!out) return nullptr;
    std::memcpy(out, joined.c_str(), joined.size() + 1);
    return out;
  } catch (...) {
    return nullptr;
  }
}

extern "C" void opencc_key_characters_free(char *characters) { std::free(characters); }
