// A real OpenID provider (npm oidc-provider 9.x) on 127.0.0.1 for Samtale's tests only.
// One public native client (no secret, PKCE S256 required, loopback redirects on any port: the
// desktop's /callback and the guest page's /guest/return) and a tiny login and consent pages the tests
// drive with HTTP or a browser: GET /interaction/<uid> names the step (login or confirm); POST
// /interaction/<uid>/login takes pid, name, acr and hpr; POST .../confirm grants consent; POST
// .../abort is the person cancelling (the client gets error=access_denied).
// Env: OIDC_JWKS (a private JWKS as JSON, so two instances can share keys), OIDC_CLIENTS (extra client ids),
// OIDC_PORT (listen there, e.g. to come back on the same issuer with rotated keys; default: any free port).
// Prints "OIDC_READY <issuer>" once listening; stops on SIGTERM.
import http from 'node:http';
import { once } from 'node:events';
import Provider from 'oidc-provider';

const server = http.createServer();
server.listen(Number(process.env.OIDC_PORT || 0), '127.0.0.1');
await once(server, 'listening');
const issuer = `http://127.0.0.1:${server.address().port}`;

const accounts = new Map();
const clientIds = ['samtale-desktop', ...(process.env.OIDC_CLIENTS || 'other-client').split(',')];
const provider = new Provider(issuer, {
  clients: clientIds.map((id) => ({
    client_id: id,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: ['http://127.0.0.1/callback', 'http://127.0.0.1/guest/return'],
  })),
  jwks: JSON.parse(process.env.OIDC_JWKS),
  pkce: { required: () => true },
  acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
  claims: { openid: ['sub'], profile: ['name', 'pid', 'hpr_number'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  cookies: { keys: ['test-only-cookie-key'] },
  async findAccount(ctx, id) {
    const person = accounts.get(id);
    if (!person) return undefined;
    return { accountId: id, async claims() { return { sub: id, ...person }; } };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});

function form(req) {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(Object.fromEntries(new URLSearchParams(body))));
  });
}

const callback = provider.callback();
server.on('request', async (req, res) => {
  const match = req.url.match(/^\/interaction\/([^/?]+)(\/(login|confirm|abort))?/);
  if (!match) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    const { prompt, params, session } = details;
    if (req.method === 'GET') {
      // The page says which step this is; the tests read the form's action.
      res.setHeader('Content-Type', 'text/html');
      const action = prompt.name === 'login' ? 'login' : 'confirm';
      return res.end(`<form method="post" action="/interaction/${match[1]}/${action}">
        <input name="pid"><input name="name"><input name="acr"><input name="hpr"><button id="go">${action}</button>
        <button id="abort" formaction="/interaction/${match[1]}/abort">cancel</button></form>`);
    }
    const submitted = await form(req);
    if (match[3] === 'abort') {
      const result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
      return await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    }
    if (match[3] === 'login') {
      const { pid, name, acr, hpr } = submitted;
      const person = { pid, name };
      if (hpr) person.hpr_number = hpr;
      accounts.set(pid, person);
      const result = { login: { accountId: pid, acr } };
      return await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    }
    // Consent (oidc-provider always asks it of native clients): grant what was requested.
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    const grantId = await grant.save();
    return await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  } catch (err) {
    res.statusCode = 400;
    return res.end(String(err));
  }
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdout.write(`OIDC_READY ${issuer}\n`);
