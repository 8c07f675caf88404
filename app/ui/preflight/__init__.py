"""The patient's pre-call check in the UI: the controller that runs it and the panel that shows it."""
