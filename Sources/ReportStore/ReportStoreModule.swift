// ReportStore: placeholder until its issue lands.
enum ReportStoreModule {}
