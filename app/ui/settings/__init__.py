"""The user's settings: what is kept between starts (``store``) and the page that changes it."""
