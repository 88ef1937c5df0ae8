"""unterminated
more
