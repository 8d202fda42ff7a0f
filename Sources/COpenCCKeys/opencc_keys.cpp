// The characters of OpenCC's dictionary keys, which OpenCC's C API does not expose: text between
// two characters that are in no key is segmented and converted on its own, so the reader can hand
// OpenCC only the runs of key characters (TraditionalConverter).
#include "opencc_keys.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MaxMatchSegmentation.hpp>

#include <cstdlib>
#include <cstring>
#include <set>
#include <string>

namespace {
void addKeyCharacters(const opencc::DictPtr &dict, std::set<std::string> &out) {
  if (!dict) return;
  opencc::LexiconPtr lexicon = dict->GetLexicon();
  for (size_t i = 0; i < lexicon->Length(); i++) {
    const std::string key = lexicon->At(i)->Key();
    size_t j = 0;
    while (j < key.size()) {
      unsigned char c = static_cast<unsigned char>(key[j]);
      size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      out.insert(key.substr(j, n));
      j += n;
    }
  }
}
}  // namespace

extern "C" char *opencc_key_characters(const char *config) {
  try {
    opencc::Config reader;
    opencc::ConverterPtr converter = reader.NewFromFile(config);
    auto segmentation = std::dynamic_pointer_cast<opencc::MaxMatchSegmentation>(converter->GetSegmentation());
    if (!segmentation) return nullptr;
    std::set<std::string> characters;
    addKeyCharacters(segmentation->GetDict(), characters);
    for (const opencc::ConversionPtr &conversion : converter->GetConversionChain()->GetConversions()) {
      addKeyCharacters(conversion->GetDict(), characters);
    }
    std::string joined;
    for (const std::string &c : characters) joined += c;
    char *out = static_cast<char *>(std::malloc(joined.size() + 1));
    if (!out) return nullptr;
    std::memcpy(out, joined.c_str(), joined.size() + 1);
    return out;
  } catch (...) {
    return nullptr;
  }
}

extern "C" void opencc_key_characters_free(char *characters) { std::free(characters); }
