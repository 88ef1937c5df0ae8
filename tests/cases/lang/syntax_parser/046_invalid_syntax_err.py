import a.b.c as
