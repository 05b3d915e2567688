# A malformed SOURCE_DATE_EPOCH is refused, not taken for another time.
export SOURCE_DATE_EPOCH=yesterday
framing compare -q -L lex corpus
