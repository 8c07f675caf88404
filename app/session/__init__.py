"""Session layer (no Qt): service API client, signaling, lobby, call, and the consultation facades."""
