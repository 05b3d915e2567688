framing stem -l german Verhandlungen
