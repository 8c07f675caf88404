"""Tests of the service: room logic, REST and the WebSocket protocol against a real subprocess."""
