// Shared test helpers (golden files, PNG compare).
