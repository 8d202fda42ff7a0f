#include <stddef.h>
#include <stdint.h>
#include "FuzzerEntry.h"

// Provided by libFuzzer (-sanitize=fuzzer) and by the Swift target (@_cdecl).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }

int FuzzBriefingReader_main(int argc, char **argv) { return run(argc, argv); }
int FuzzLayout_main(int argc, char **argv) { return run(argc, argv); }
int FuzzAirImport_main(int argc, char **argv) { return run(argc, argv); }
int FuzzTables_main(int argc, char **argv) { return run(argc, argv); }
int FuzzContent_main(int argc, char **argv) { return run(argc, argv); }
