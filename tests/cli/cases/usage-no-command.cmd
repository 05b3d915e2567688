framing
