# Files saved by Windows Notepad: "Unicode" (UTF-16 with its byte
# order mark, front matter and all) and UTF-8 with a byte order mark.
framing score -L lex utf16
