"""Ways a person proves who they are: Swedish BankID, OpenID Connect, and the dev-mode test identity."""
