// Documents: placeholder until its issue lands.
enum DocumentsModule {}
