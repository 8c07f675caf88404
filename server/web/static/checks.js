// The browser pre-call check: camera and microphone (what getUserMedia gives, and whether the
// microphone hears anything), and a speaker test tone the person confirms. Results are the same
// reason codes the desktop sends (app/core/preflight.py), summed up into a verdict for `knock`.

/** Ask for camera and microphone; falls back to what is allowed or present. */
export async function openDevices() {
  const result = { stream: new MediaStream(), camera: "camera_ok", mic: "mic_ok" };
  const codeOf = (error, kind) => {
    if (error && (error.name === "NotAllowedError" || error.name === "SecurityError")) return `${kind}_permission_denied`;
    return kind === "camera" ? "camera_none" : "mic_none";
  };
  try {
    result.stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 } } });
    return result;
  } catch {
    // Ask for each alone to tell which one is missing or refused.
  }
  try {
    const audio = await navigator.mediaDevices.getUserMedia({ audio: true });
    for (const track of audio.getTracks()) result.stream.addTrack(track);
  } catch (error) {
    result.mic = codeOf(error, "mic");
  }
  try {
    const video = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } } });
    for (const track of video.getTracks()) result.stream.addTrack(track);
  } catch (error) {
    result.camera = codeOf(error, "camera");
  }
  return result;
}

/** A fresh camera track (turning the camera on again), or null. */
export async function openCamera() {
  try {
    const video = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } } });
    return video.getVideoTracks()[0] || null;
  } catch {
    return null;
  }
}

/** The microphone's peak level (0–1) over `ms`, drawn into `meter` (a <meter>) as it goes. */
export function listen(context, track, meter, ms = 2500) {
  return new Promise((resolve) => {
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let peak = 0;
    const started = performance.now();
    const step = () => {
      analyser.getFloatTimeDomainData(samples);
      let level = 0;
      for (const s of samples) level = Math.max(level, Math.abs(s));
      peak = Math.max(peak, level);
      meter.value = Math.min(1, level * 2);
      if (performance.now() - started < ms) {
        setTimeout(step, 50);
      } else {
        source.disconnect();
        resolve(peak);
      }
    };
    step();
  });
}

/** A one-second 440 Hz tone on the speaker (only after a tap: `context` was made or resumed by it). */
export function playTone(context) {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 440;
  gain.gain.setValueAtTime(0.2, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 1);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 1);
}

/**
 * The network through the deployment's TURN relay: can this browser get a relay candidate from it
 * (the call's way through networks that block direct connections)? `network_ok`, `network_relay_failed`,
 * `network_service_unreachable`, or null when the deployment offers no TURN (nothing to check).
 */
export async function checkNetwork(token, ms = 5000) {
  let offered;
  try {
    const response = await fetch("/v1/turn/credentials", { method: "POST", headers: { Authorization: `Bearer ${token}` }, cache: "no-store" });
    if (!response.ok) return "network_service_unreachable";
    offered = await response.json();
  } catch {
    return "network_service_unreachable";
  }
  const turn = offered.ice_servers.filter((s) => s.urls.some((u) => u.startsWith("turn")));
  if (turn.length === 0) return null;
  const pc = new RTCPeerConnection({ iceServers: turn.map((s) => ({ urls: s.urls, username: s.username, credential: s.credential })), iceTransportPolicy: "relay" });
  try {
    const relayed = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      pc.onicecandidate = (event) => {
        if (event.candidate && / typ relay /.test(event.candidate.candidate)) {
          clearTimeout(timer);
          resolve(true);
        } else if (!event.candidate) {
          clearTimeout(timer);
          resolve(false);
        }
      };
    });
    pc.createDataChannel("check");
    await pc.setLocalDescription(await pc.createOffer());
    return (await relayed) ? "network_ok" : "network_relay_failed";
  } finally {
    pc.close();
  }
}

export const MIC_HEARD = 0.01; // peak sample level that counts as "hears something"

/** `{verdict, reasons}` as `knock` carries it. */
export function summary(camera, mic, speakerConfirmed, network = null) {
  const reasons = [camera, mic, network].filter((code) => code && !code.endsWith("_ok"));
  if (speakerConfirmed) reasons.push("speaker_confirmed");
  const noMic = mic === "mic_none" || mic === "mic_permission_denied";
  const noCamera = camera !== "camera_ok";
  const unreachable = network === "network_service_unreachable";
  const doubtful = noMic || noCamera || mic !== "mic_ok" || network === "network_relay_failed";
  const verdict = (noMic && noCamera) || unreachable ? "fail" : doubtful ? "warning" : "ok";
  return { verdict, reasons };
}
