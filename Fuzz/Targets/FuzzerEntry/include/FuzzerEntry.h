// The entry points SwiftPM links executables through (`main` is defined as MODULE_main on
// Linux); each hands over to libFuzzer's driver with the target's LLVMFuzzerTestOneInput.
int FuzzBriefingReader_main(int argc, char **argv);
int FuzzLayout_main(int argc, char **argv);
int FuzzAirImport_main(int argc, char **argv);
int FuzzTables_main(int argc, char **argv);
int FuzzContent_main(int argc, char **argv);
