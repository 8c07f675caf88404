"""Tests of the protocol definition in app.core.protocol and its documentation."""
