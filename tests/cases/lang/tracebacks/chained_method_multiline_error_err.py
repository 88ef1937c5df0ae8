x = (
    "abc"
    .upper()
    .nothing()
)
