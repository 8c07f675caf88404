// The service's WebSocket (docs/protocol.md): hello, requests answered by ack or error, events,
// reconnect with backoff. Events are dispatched as CustomEvents named after the message type.

export class ProtocolRefusal extends Error {
  constructor(code, detail) {
    super(code);
    this.code = code;
    this.detail = detail;
  }
}

export class Signaling extends EventTarget {
  constructor(token) {
    super();
    this.token = token;
    this.ws = null;
    this.nextId = 1;
    this.pending = new Map();
    this.closed = false;
    this.backoff = 250;
    this.timer = null;
  }

  get url() {
    return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/v1/ws`;
  }

  /** Open and authenticate; resolves with the `welcome` user. */
  connect(resume = false) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url);
      this.ws = ws;
      let welcomed = false;
      ws.onopen = () => ws.send(JSON.stringify({ v: 1, type: "hello", id: "hello", token: this.token, ...(resume ? { resume: true } : {}) }));
      ws.onmessage = (event) => {
        let message;
        try {
          message = JSON.parse(event.data);
        } catch {
          return;
        }
        if (!welcomed) {
          if (message.type === "welcome") {
            welcomed = true;
            this.backoff = 250;
            resolve(message.user);
          } else if (message.type === "error") {
            reject(new ProtocolRefusal(message.code, message.detail));
          }
          return;
        }
        this.#receive(message);
      };
      ws.onclose = () => {
        if (!welcomed) reject(new ProtocolRefusal("service_unreachable", ""));
        this.#lost(ws);
      };
    });
  }

  #receive(message) {
    if ((message.type === "ack" || message.type === "error") && this.pending.has(message.ref)) {
      const { resolve, reject } = this.pending.get(message.ref);
      this.pending.delete(message.ref);
      if (message.type === "ack") resolve(message);
      else reject(new ProtocolRefusal(message.code, message.detail));
      return;
    }
    this.dispatchEvent(new CustomEvent(message.type, { detail: message }));
  }

  #lost(ws) {
    if (ws !== this.ws) return;
    for (const { reject } of this.pending.values()) reject(new ProtocolRefusal("connection_lost", ""));
    this.pending.clear();
    this.ws = null;
    if (this.closed) return;
    this.dispatchEvent(new CustomEvent("lost"));
    this.#retry();
  }

  #retry() {
    const delay = this.backoff * (0.75 + Math.random() / 2);
    this.backoff = Math.min(this.backoff * 2, 8000);
    this.timer = setTimeout(async () => {
      if (this.closed) return;
      try {
        await this.connect(true);
        this.dispatchEvent(new CustomEvent("back"));
      } catch (refusal) {
        if (refusal.code === "invalid_token" || refusal.code === "token_expired") {
          this.dispatchEvent(new CustomEvent("signed_out"));
        }
        // a refused or failed try closes its socket, which schedules the next one
      }
    }, delay);
  }

  /** Send a request; resolves on `ack`, rejects with a ProtocolRefusal on `error`. */
  request(type, fields = {}) {
    const id = String(this.nextId++);
    return new Promise((resolve, reject) => {
      if (!this.ws || this.ws.readyState !== WebSocket.OPEN) {
        reject(new ProtocolRefusal("connection_lost", ""));
        return;
      }
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ v: 1, type, id, ...fields }));
    });
  }

  close() {
    this.closed = true;
    clearTimeout(this.timer);
    if (this.ws) this.ws.close(1000);
    this.ws = null;
  }
}

/** REST: JSON in and out; a refusal rejects with the service's error code. */
export async function rest(method, path, token, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { ...(body ? { "Content-Type": "application/json" } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      cache: "no-store",
    });
  } catch {
    throw new ProtocolRefusal("service_unreachable", "");
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ProtocolRefusal((data && data.code) || "internal", (data && data.detail) || "");
  return data;
}
