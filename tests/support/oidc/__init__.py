"""A real OpenID provider (npm ``oidc-provider``) on 127.0.0.1, and a scripted browser that logs in on it."""
