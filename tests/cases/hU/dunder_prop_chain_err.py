class Celsius:
    def __init__(self, t):
        self.temperature = t
    @property
    def temperature(self):
        return self._t
    @temperature.setter
    def temperature(self, value):
        if value < -273.15:
            raise ValueError("Temperature below absolute zero")
        self._t = value
c = Celsius(20)
print(c.temperature)
try:
    c.temperature = -300
except ValueError as e:
    raise RuntimeError("could not update") from e
