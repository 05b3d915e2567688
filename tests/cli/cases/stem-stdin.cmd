printf 'negotiations\nceasefire\n\nStraße\n' | framing stem
