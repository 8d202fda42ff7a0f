// Rendering: placeholder until its issue lands.
enum RenderingModule {}
