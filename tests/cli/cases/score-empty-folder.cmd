# A folder with no article file says which names are read; with
# nothing else to read the run fails.
lex=$PWD/lex
cd "$OUT" && mkdir -p news/cnn && : >news/cnn/story.docx && : >news/cnn/STORY.TXT
framing score -L "$lex" news
