"""The patient's lobby feature: room code, "I'm ready" and the waiting page."""
