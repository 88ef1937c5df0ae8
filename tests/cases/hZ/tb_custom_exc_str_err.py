class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
    def __str__(self):
        return f"{self.field}: {self.args[1]}"
def validate(rec):
    if "name" not in rec:
        raise ValidationError("name", "is required")
validate({"age": 3})
