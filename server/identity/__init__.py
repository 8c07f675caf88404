"""Ways a person proves who they are; only the dev-mode test identity exists so far."""
