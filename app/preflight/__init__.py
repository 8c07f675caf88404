"""The pre-call check (camera, microphone, speaker, network) and its report; filled in by the devices issue."""
