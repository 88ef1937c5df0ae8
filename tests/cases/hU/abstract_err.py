from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
class Impl(Base):
    def run(self):
        return "running"
print(Base.__abstractmethods__ == frozenset({"run", "stop"}))
Impl()
