"""The service's edge: per-client limits, health and readiness, metrics."""
