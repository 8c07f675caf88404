"""Identity login on the desktop: BankID polling, OpenID Connect with PKCE, the refresh token's keyring."""
