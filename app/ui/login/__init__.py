"""The login feature: the test-identity sign-in page."""
