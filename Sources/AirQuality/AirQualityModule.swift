// AirQuality: placeholder until its issue lands.
enum AirQualityModule {}
