# A manifest saved with semicolons (a spreadsheet where the comma is the
# decimal point): the separator comes from the header.
framing score -L lex -m manifest-semicolon.csv
