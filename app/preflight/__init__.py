"""The pre-call check (camera, microphone, speaker, network) and its report; the devices issue fills it."""
