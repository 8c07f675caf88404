// One side of a Chromium <-> Chromium bench call (bench/chromium_call.py evaluates this into the page).
//
// The "camera" is a canvas: every frame slot (fps) it draws Samtale's synthetic pattern rolled by the
// frame counter (the same picture as app.media.synthetic_video.PatternVideoTrack.render) and the stamp
// of app/media/stamp.py (counter and send time, Date.now() modulo 2**40), then hands the canvas to
// its captured track (captureStream(0) + requestFrame). A 440 Hz tone is the microphone. The remote
// picture plays in a <video> filling the page (the view). On every frame Chromium presents
// (requestVideoFrameCallback) the stamp is read from the presented frame's luma and the latency is
// the wall clock then minus the send time; every 10th presented frame's luma is kept for PSNR/SSIM.
"use strict";
(() => {
  const STAMP_BITS = 112;
  const MARKER = 0xa5;
  const TS_MOD = 2 ** 40;
  const DOUBTFUL = 6;
  const CRC = new Uint32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const geometry = (w) => {
    const cell = 16 * Math.max(1, Math.min(Math.floor(w / 640), 3));
    const cols = Math.floor(w / cell);
    const rows = Math.ceil(STAMP_BITS / cols);
    return { cell, cols, rows, band: rows * cell };
  };
  const wallClock = () => Date.now() % TS_MOD;

  function stampBytes(counter, ts) {
    const bytes = new Uint8Array(14);
    bytes[0] = MARKER;
    const view = new DataView(bytes.buffer);
    view.setUint32(1, counter >>> 0);
    bytes[5] = Math.floor(ts / 2 ** 32) & 0xff;
    view.setUint32(6, ts % 2 ** 32);
    view.setUint32(10, crc32(bytes.subarray(1, 10)));
    return bytes;
  }

  function drawStamp(ctx, w, counter, ts) {
    const g = geometry(w);
    const bytes = stampBytes(counter, ts);
    ctx.fillStyle = "#000";
    ctx.fillRect(0, 0, g.cols * g.cell, g.band);
    ctx.fillStyle = "#fff";
    for (let i = 0; i < g.rows * g.cols; i++) {
      const bit = i < STAMP_BITS ? (bytes[i >> 3] >> (7 - (i & 7))) & 1 : i & 1;
      if (bit) ctx.fillRect((i % g.cols) * g.cell, Math.floor(i / g.cols) * g.cell, g.cell, g.cell);
    }
  }

  function decodeBits(bits) {
    const bytes = new Uint8Array(14);
    for (let i = 0; i < STAMP_BITS; i++) bytes[i >> 3] |= bits[i] << (7 - (i & 7));
    if (bytes[0] !== MARKER) return null;
    const view = new DataView(bytes.buffer);
    if (crc32(bytes.subarray(1, 10)) !== view.getUint32(10)) return null;
    return { counter: view.getUint32(1), ts: bytes[5] * 2 ** 32 + view.getUint32(6) };
  }

  // The reader of app/media/stamp.py: inner-half cell means of the luma, threshold 128, then up to
  // two of the six least certain cells flipped until marker and CRC agree.
  function readStamp(luma, stride, w) {
    const g = geometry(w);
    const c = g.cell;
    const inset = c >> 2;
    const means = new Float64Array(STAMP_BITS);
    for (let i = 0; i < STAMP_BITS; i++) {
      const x0 = (i % g.cols) * c + inset;
      const y0 = Math.floor(i / g.cols) * c + inset;
      let sum = 0;
      for (let y = y0; y < y0 + c - 2 * inset; y++) {
        const row = y * stride;
        for (let x = x0; x < x0 + c - 2 * inset; x++) sum += luma[row + x];
      }
      means[i] = sum / (c - 2 * inset) ** 2;
    }
    const bits = Uint8Array.from(means, (m) => (m >= 128 ? 1 : 0));
    const doubtful = [...means.keys()]
      .sort((a, b) => Math.abs(means[a] - 128) - Math.abs(means[b] - 128))
      .slice(0, DOUBTFUL);
    const flips = [[]];
    for (const a of doubtful) flips.push([a]);
    for (let i = 0; i < DOUBTFUL; i++) for (let j = i + 1; j < DOUBTFUL; j++) flips.push([doubtful[i], doubtful[j]]);
    for (const set of flips) {
      const candidate = bits.slice();
      for (const k of set) candidate[k] ^= 1;
      const stamp = decodeBits(candidate);
      if (stamp) return stamp;
    }
    return null;
  }

  const state = {
    pc: null,
    video: null,
    firstFrameMs: null,
    measuring: false,
    latencies: [],
    unread: 0,
    presented0: 0,
    presented: 0,
    lastPresented: 0,
    samples: [],
    sampleEvery: 10,
    maxSamples: 30,
    seen: 0,
    fullSize: 0,
    stats0: null,
    wall0: 0,
    sent: 0,
  };

  async function camera(width, height, fps, patternB64) {
    const raw = Uint8Array.from(atob(patternB64), (ch) => ch.charCodeAt(0));
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0, j = 0; i < raw.length; i += 3, j += 4) {
      rgba[j] = raw[i];
      rgba[j + 1] = raw[i + 1];
      rgba[j + 2] = raw[i + 2];
      rgba[j + 3] = 255;
    }
    const base = await createImageBitmap(new ImageData(rgba, width, height), {
      premultiplyAlpha: "none",
      colorSpaceConversion: "none",
    });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d", { alpha: false });
    const track = canvas.captureStream(0).getVideoTracks()[0];
    const interval = 1000 / fps;
    const start = performance.now();
    let counter = 0;
    let slot = 0;
    const draw = () => {
      // np.roll(base, (2n mod h, 4n mod w)): the base drawn at the shift and wrapped round.
      const sy = (counter * 2) % height;
      const sx = (counter * 4) % width;
      for (const [dx, dy] of [[sx, sy], [sx - width, sy], [sx, sy - height], [sx - width, sy - height]]) {
        ctx.drawImage(base, dx, dy);
      }
      drawStamp(ctx, width, counter, wallClock());
      track.requestFrame();
      counter += 1;
      state.sent = counter;
      // Like the Pacer: the next slot after now; slots missed while late are skipped.
      slot = Math.max(slot + 1, Math.floor((performance.now() - start) / interval) + 1);
      setTimeout(draw, Math.max(0, start + slot * interval - performance.now()));
    };
    draw();
    return track;
  }

  function microphone() {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 440;
    const gain = audio.createGain();
    gain.gain.value = 0.1;
    const out = audio.createMediaStreamDestination();
    tone.connect(gain).connect(out);
    tone.start();
    return out.stream.getAudioTracks()[0];
  }

  function onPresented(now, meta) {
    const t = Date.now();
    if (state.firstFrameMs === null) state.firstFrameMs = t;
    state.lastPresented = meta.presentedFrames;
    if (state.measuring) measureFrame(t);
    state.video.requestVideoFrameCallback(onPresented);
  }

  async function measureFrame(t) {
    const frame = new VideoFrame(state.video);
    try {
      state.colorSpace = frame.colorSpace.toJSON();
      const w = frame.codedWidth;
      const h = frame.codedHeight;
      const g = geometry(w);
      state.seen += 1;
      const whole = state.seen % state.sampleEvery === 0 && state.samples.length < state.maxSamples;
      const rect = { x: 0, y: 0, width: w, height: whole ? h : g.band };
      // The luma plane alone, packed, in I420 whatever the decoder's layout.
      const luma = new Uint8Array(w * rect.height);
      if (frame.format === "I420" || frame.format === "I420A") {
        const buffer = new Uint8Array(frame.allocationSize({ rect }));
        const layout = await frame.copyTo(buffer, { rect });
        for (let y = 0; y < rect.height; y++) {
          luma.set(buffer.subarray(layout[0].offset + y * layout[0].stride, layout[0].offset + y * layout[0].stride + w), y * w);
        }
      } else {
        throw new Error(`unexpected frame format ${frame.format}`);
      }
      if (w === state.width && h === state.height) state.fullSize += 1;
      const stamp = readStamp(luma, w, w);
      if (stamp === null) {
        state.unread += 1;
        return;
      }
      state.latencies.push((t - stamp.ts + TS_MOD) % TS_MOD);
      if (whole && w === state.width && h === state.height) {
        state.samples.push({ counter: stamp.counter, ts: stamp.ts, luma });
      }
    } finally {
      frame.close();
    }
  }

  // Video: only the chosen codec (H.264 with packetization-mode 1, constrained baseline first) and its
  // retransmission, and the sender keeps the resolution (frame rate gives way under load instead).
  async function configure(transceiver, track) {
    if (track.kind !== "video") return;
    const codec = state.codec;
    const wanted = `video/${codec}`.toLowerCase();
    const codecs = RTCRtpReceiver.getCapabilities("video").codecs;
    const main = codecs.filter(
      (c) =>
        c.mimeType.toLowerCase() === wanted &&
        (codec !== "H264" || /packetization-mode=1/.test(c.sdpFmtpLine || "")),
    );
    if (!main.length) throw new Error(`no ${codec} in this Chromium`);
    main.sort((a, b) => /42e01f/.test(b.sdpFmtpLine || "") - /42e01f/.test(a.sdpFmtpLine || ""));
    const rtx = codecs.filter((c) => c.mimeType.toLowerCase() === "video/rtx");
    transceiver.setCodecPreferences([...main, ...rtx]);
    const params = transceiver.sender.getParameters();
    params.degradationPreference = "maintain-resolution";
    if (state.maxKbps) {
      params.encodings = params.encodings.length ? params.encodings : [{}];
      params.encodings[0].maxBitrate = state.maxKbps * 1000;
    }
    await transceiver.sender.setParameters(params);
  }

  async function inboundVideo() {
    const report = await state.pc.getStats();
    for (const s of report.values()) {
      if (s.type === "inbound-rtp" && s.kind === "video") return s;
    }
    return null;
  }

  window.benchPeer = {
    // For tests/media/test_chromium_peer.py: the stamp written into a canvas, and read from a luma plane.
    stampCanvas(width, height, counter, ts) {
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext("2d", { alpha: false });
      ctx.fillStyle = "#808080";
      ctx.fillRect(0, 0, width, height);
      drawStamp(ctx, width, counter, ts);
      const rgba = ctx.getImageData(0, 0, width, height).data;
      let text = "";
      for (let i = 0; i < rgba.length; i += 4) text += String.fromCharCode(rgba[i], rgba[i + 1], rgba[i + 2]);
      return btoa(text);
    },
    readLuma(b64, width) {
      const luma = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      return readStamp(luma, width, width);
    },
    async setup({ codec, width, height, fps, pattern, maxKbps }) {
      state.maxKbps = maxKbps || 0;
      state.width = width;
      state.height = height;
      // Chromium offers its loopback address (--allow-loopback-in-peer-connection) only to a page that
      // was granted a device (the fake microphone here, granted by --use-fake-ui-for-media-stream).
      for (const track of (await navigator.mediaDevices.getUserMedia({ audio: true })).getTracks()) track.stop();
      const pc = new RTCPeerConnection({ iceServers: [], bundlePolicy: "max-bundle" });
      state.pc = pc;
      const video = document.createElement("video");
      video.muted = true;
      video.autoplay = true;
      video.playsInline = true;
      video.style.cssText = "position:fixed;inset:0;width:100vw;height:100vh;object-fit:contain;background:#1b2430";
      document.body.style.margin = "0";
      document.body.appendChild(video);
      state.video = video;
      const remote = new MediaStream();
      pc.ontrack = (event) => {
        remote.addTrack(event.track);
        if (video.srcObject !== remote) {
          video.srcObject = remote;
          video.play();
          video.requestVideoFrameCallback(onPresented);
        }
      };
      const videoTrack = await camera(width, height, fps, pattern);
      state.local = new MediaStream([videoTrack, microphone()]);
      state.codec = codec;
      return true;
    },
    async gathered() {
      const pc = state.pc;
      if (pc.iceGatheringState !== "complete") {
        await new Promise((resolve) => {
          pc.addEventListener("icegatheringstatechange", () => {
            if (pc.iceGatheringState === "complete") resolve();
          });
        });
      }
      return pc.localDescription.sdp;
    },
    async offer() {
      const started = Date.now();
      for (const track of state.local.getTracks()) {
        await configure(state.pc.addTransceiver(track, { direction: "sendrecv", streams: [state.local] }), track);
      }
      await state.pc.setLocalDescription(await state.pc.createOffer());
      return { sdp: await this.gathered(), started };
    },
    async answer(sdp) {
      await state.pc.setRemoteDescription({ type: "offer", sdp });
      // The offer made one transceiver per m-line; this side's tracks go out on them.
      for (const transceiver of state.pc.getTransceivers()) {
        const track = state.local.getTracks().find((t) => t.kind === transceiver.receiver.track.kind);
        transceiver.direction = "sendrecv";
        transceiver.sender.setStreams(state.local);
        await transceiver.sender.replaceTrack(track);
        await configure(transceiver, track);
      }
      await state.pc.setLocalDescription(await state.pc.createAnswer());
      return this.gathered();
    },
    async accept(sdp) {
      await state.pc.setRemoteDescription({ type: "answer", sdp });
      return true;
    },
    _pc() {
      return state.pc;
    },
    firstFrameMs() {
      return state.firstFrameMs;
    },
    async start() {
      state.stats0 = await inboundVideo();
      state.presented0 = state.lastPresented;
      state.fullSize = 0;
      state.wall0 = performance.now();
      state.measuring = true;
      return true;
    },
    async stop() {
      state.measuring = false;
      const seconds = (performance.now() - state.wall0) / 1000;
      const s1 = await inboundVideo();
      const s0 = state.stats0;
      const codecs = (await state.pc.getStats()).get(s1.codecId);
      return {
        seconds,
        frames: s1.framesDecoded - s0.framesDecoded,
        painted: state.lastPresented - state.presented0,
        kbps: ((s1.bytesReceived - s0.bytesReceived) * 8) / 1000 / seconds,
        codec: codecs ? codecs.mimeType.split("/")[1] : null,
        size: [s1.frameWidth, s1.frameHeight],
        latencies: state.latencies,
        unread: state.unread,
        fullSize: state.fullSize,
        measured: state.seen,
        samples: state.samples.length,
        colorSpace: state.colorSpace,
      };
    },
    sample(index) {
      const s = state.samples[index];
      let text = "";
      for (let i = 0; i < s.luma.length; i += 0x8000) text += String.fromCharCode(...s.luma.subarray(i, i + 0x8000));
      return { counter: s.counter, ts: s.ts, luma: btoa(text) };
    },
  };
})();
