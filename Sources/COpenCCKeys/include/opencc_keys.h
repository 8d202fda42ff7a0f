#ifndef OPENCC_KEYS_H
#define OPENCC_KEYS_H
#ifdef __cplusplus
extern "C" {
#endif

/// Every character (UTF-8, each once, in code point order, concatenated) of every key of the dictionaries an OpenCC
/// configuration segments and converts with; NULL when the configuration cannot be read or is
/// not of the maximum-match kind. Free with `opencc_key_characters_free`.
char *opencc_key_characters(const char *config);
void opencc_key_characters_free(char *characters);

#ifdef __cplusplus
}
#endif
#endif
