"""CPU per frame of one client's video work, stage by stage, in one process (little moved by load).

    .venv/bin/python -m bench.pipeline_bench [--frames 300] [--cases VP8,H264u-720] [--view 960x720]

The call bench's CPU figures swing with the machine's load (a client that gets too little CPU drops
frames and lowers its own resolution, and then costs less). This bench runs what one client does
for each video frame without a network, event-loop waits or pacing, and measures process CPU time
(all threads) per frame for each stage:

- source: the synthetic camera's next stamped frame (``PatternVideoTrack.recv``, as sent);
- encode: aiortc's encoder for the codec (libvpx / x264 ``ultrafast``), including its conversion of
  the frame to I420 if it needs one and the RTP packetisation;
- decode: the payloads reassembled and decoded by aiortc's decoder;
- paint: the decoded frame put into a ``FrameSlot`` and painted by the app's ``VideoView`` in a window
  of the ``--view`` size (offscreen), as in a call.

Encoder and decoder run at the bitrate aiortc starts with. Run it on two trees to compare them; it
prints one line per case.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
from typing import Any

CASES = {"VP8": ("VP8", (640, 480)), "H264u-720": ("H264", (1280, 720))}


async def measure(
    codec_name: str, size: tuple[int, int], frames: int, view_size: tuple[int, int]
) -> dict[str, float]:
    from aiortc.codecs import depayload, get_decoder, get_encoder
    from aiortc.jitterbuffer import JitterFrame
    from aiortc.rtcrtpparameters import RTCRtpCodecParameters
    from PySide6.QtWidgets import QApplication

    from app.media.codecs import use_fast_h264_preset
    from app.media.frame_slot import FrameSlot
    from app.media.synthetic_video import PatternVideoTrack
    from app.ui.widgets.video_view import VideoView

    if codec_name == "H264":
        use_fast_h264_preset()
        params = RTCRtpCodecParameters(mimeType="video/H264", clockRate=90000, payloadType=102)
    else:
        params = RTCRtpCodecParameters(mimeType="video/VP8", clockRate=90000, payloadType=96)
    source = PatternVideoTrack(size, fps=1000.0)  # no waiting between frames
    encoder, decoder = get_encoder(params), get_decoder(params)
    slot = FrameSlot()
    view = VideoView(slot)
    view.resize(*view_size)
    view.show()
    QApplication.processEvents()  # the window is exposed: paints draw
    spent = dict.fromkeys(("source", "encode", "decode", "paint"), 0.0)
    warmup = 30
    try:
        for index in range(warmup + frames):
            t0 = time.process_time()
            frame = await source.recv()
            t1 = time.process_time()
            payloads, timestamp = encoder.encode(frame, force_keyframe=index == 0)
            t2 = time.process_time()
            data = b"".join(depayload(params, payload) for payload in payloads)
            decoded = decoder.decode(JitterFrame(data=data, timestamp=timestamp))
            t3 = time.process_time()
            for picture in decoded:
                slot.put_video(picture)
                view.repaint()
            t4 = time.process_time()
            if index >= warmup:
                for stage, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                    spent[stage] += seconds
    finally:
        source.stop()
        view.close()
    per_frame = {stage: 1000 * seconds / frames for stage, seconds in spent.items()}
    per_frame["total"] = sum(per_frame.values())
    per_frame["frames drawn"] = float(view.frames_drawn)
    return per_frame


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--view", default="960x720")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    view_w, view_h = (int(v) for v in args.view.split("x"))
    one, five, _ = os.getloadavg()
    print(f"{time.strftime('%H:%M:%S')} load {one:.2f} {five:.2f}; CPU ms per frame (process, all threads)")
    for key in args.cases.split(","):
        codec, size = CASES[key]
        result: dict[str, Any] = asyncio.run(measure(codec, size, args.frames, (view_w, view_h)))
        stages = "  ".join(f"{stage} {ms:.2f}" for stage, ms in result.items() if stage != "frames drawn")
        drawn = int(result["frames drawn"])
        print(f"{key:10} {size[0]}x{size[1]} in {args.view}: {stages}  ({drawn} frames drawn)")
    app.quit()


if __name__ == "__main__":
    main()
