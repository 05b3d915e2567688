framing --version
