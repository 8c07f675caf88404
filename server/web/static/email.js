// Sign-in with an e-mail code, for people without BankID or another e-ID: a weaker sign-in that
// the clinic sees, offered only when the service offers it (GET /v1/auth/providers: "email").

import { t, lang } from "./i18n.js";
import { rest } from "./signaling.js";
import { $, announce, page } from "./page.js";

let sentTo = null;

function say(key, fields = {}) {
  $("email-status").textContent = t(key, fields);
}

function refusalKey(code) {
  if (code === "code_invalid") return "email_code_invalid";
  if (code === "rate_limited") return "email_rate_limited";
  if (code === "bad_message") return "email_fill_in";
  return "email_failed";
}

async function sendCode() {
  const name = $("email-name").value.trim();
  const address = $("email-address").value.trim();
  if (!name || !address.includes("@")) {
    say("email_fill_in");
    (name ? $("email-address") : $("email-name")).focus();
    return;
  }
  $("email-send").disabled = true;
  try {
    await rest("POST", "/v1/auth/email", null, { address, name, language: lang });
    sentTo = address;
    $("email-code-part").hidden = false;
    $("email-send").textContent = t("email_send_again");
    // The deployment's time, as the mail says it (the page and the service are one deployment).
    say("email_sent", { address, minutes: Math.max(1, Math.floor(page.emailCodeTtl / 60)) });
    $("email-code").focus();
  } catch (refusal) {
    say(refusalKey(refusal.code));
  } finally {
    $("email-send").disabled = false;
  }
}

async function signIn(onLogin) {
  const code = $("email-code").value.replace(/\s/g, "");
  if (!sentTo || !code) return;
  $("email-signin").disabled = true;
  try {
    const login = await rest("POST", "/v1/auth/email/verify", null, { address: sentTo, code });
    await onLogin(login);
  } catch (refusal) {
    say(refusalKey(refusal.code));
    $("email-code").select();
    announce($("email-status").textContent);
  } finally {
    $("email-signin").disabled = false;
  }
}

/** Wire the form; `onLogin(LoginResponse)` continues the journey. */
export function wireEmail(onLogin) {
  $("email-send").addEventListener("click", sendCode);
  $("signin-email").addEventListener("submit", (event) => {
    event.preventDefault();
    if (sentTo) signIn(onLogin);
    else sendCode();
  });
}
