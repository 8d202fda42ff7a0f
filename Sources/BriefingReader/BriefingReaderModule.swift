// BriefingReader: placeholder until its issue lands.
enum BriefingReaderModule {}
