class Code:
    def __str__(self):
        return "custom code str"
raise SystemExit(Code())
