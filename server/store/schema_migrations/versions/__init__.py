"""One module per schema revision, oldest first; frozen once released."""
