// The guest page's shared state and its few view helpers: the current step, announcements, statuses.

import { t } from "./i18n.js";

export const $ = (id) => document.getElementById(id);

export const page = {
  target: null, // the join code or standing room address from the address bar
  token: null,
  userId: null, // whose token this tab holds (a place kept over a reload is theirs only)
  graceS: 45, // the service's reconnect grace time (deployment.json)
  precall: null, // the summary sent with the knock (sent again after a reconnect or reload)
  consentGiven: false,
  resuming: null, // {iceServers} while waiting for the service to hand the call back after a reload
  room: null, // RoomInfo
  emergency: null,
  emailCodeTtl: null, // how long an e-mail code lasts, in seconds, as the service says
  afterCall: null, // the deployment's page after a consultation, if any
  audioContext: null,
  devices: null, // {stream, camera, mic}
  speakerConfirmed: false,
  network: null, // the network check's code, or null when the deployment offers no TURN
  signaling: null,
  call: null,
  selfId: null,
  people: new Map(), // participantId -> {name, video_on, audio_control}
  controls: { audio: "allow", video: "allow" },
  micOn: true,
  camOn: true,
  phase: "start",
};

export function show(step, focus = true) {
  $("loading").hidden = true;
  for (const section of document.querySelectorAll(".step")) section.hidden = section.id !== `step-${step}`;
  page.phase = step;
  if (focus) {
    const heading = document.querySelector(`#step-${step} h1`);
    if (heading) heading.focus();
  }
}

export function announce(text) {
  const region = $("announcer");
  region.textContent = "";
  setTimeout(() => (region.textContent = text), 50);
}

export function status(id, code) {
  const el = $(id);
  el.textContent = t(code);
  el.className = `status ${code.endsWith("_ok") || code === "speaker_ok" ? "ok" : "warn"}`;
}
