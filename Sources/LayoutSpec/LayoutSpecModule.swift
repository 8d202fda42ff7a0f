// LayoutSpec: placeholder until its issue lands.
enum LayoutSpecModule {}
