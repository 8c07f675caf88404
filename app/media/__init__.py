"""Media: synthetic and (later) real sources, aiortc tracks, sinks that drain remote tracks."""
