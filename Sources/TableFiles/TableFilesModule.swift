// TableFiles: placeholder until its issue lands.
enum TableFilesModule {}
