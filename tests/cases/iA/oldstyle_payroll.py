# An old-style program: classes derived from object, %-formatting, map/filter/reduce.
import string
from functools import reduce


class Employee(object):
    raise_amount = 1.04
    num_of_emps = 0

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee.num_of_emps += 1

    def fullname(self):
        return "%s %s" % (self.first, self.last)

    def email(self):
        return ("%s.%s@company.com" % (self.first, self.last)).lower()

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_amount)

    @classmethod
    def set_raise_amt(cls, amount):
        cls.raise_amount = amount

    @classmethod
    def from_string(cls, emp_str):
        first, last, pay = emp_str.split("-")
        return cls(first, last, int(pay))

    @staticmethod
    def is_workday(day):
        return day.weekday() not in (5, 6)

    def __repr__(self):
        return "Employee('%s', '%s', %d)" % (self.first, self.last, self.pay)

    def __str__(self):
        return "%s - %s" % (self.fullname(), self.email())

    def __add__(self, other):
        return self.pay + other.pay

    def __len__(self):
        return len(self.fullname())


class Developer(Employee):
    raise_amount = 1.10

    def __init__(self, first, last, pay, prog_lang):
        super(Developer, self).__init__(first, last, pay)
        self.prog_lang = prog_lang


class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        Employee.__init__(self, first, last, pay)
        self.employees = [] if employees is None else employees

    def add_emp(self, emp):
        if emp not in self.employees:
            self.employees.append(emp)

    def remove_emp(self, emp):
        if emp in self.employees:
            self.employees.remove(emp)

    def print_emps(self):
        for emp in self.employees:
            print("-->", emp.fullname())


emp_1 = Employee("Corey", "Schafer", 50000)
emp_2 = Employee.from_string("Test-Employee-60000")
dev_1 = Developer("Jane", "Doe", 80000, "Python")
dev_2 = Developer("John", "Smith", 75000, "Java")
mgr_1 = Manager("Sue", "Smith", 90000, [dev_1])
mgr_1.add_emp(dev_2)
mgr_1.add_emp(dev_2)
mgr_1.remove_emp(dev_1)
mgr_1.print_emps()
print(emp_1)
print(repr(emp_2))
print(emp_1 + emp_2, len(emp_1))
print(Employee.num_of_emps)
Employee.set_raise_amt(1.05)
for e in (emp_1, emp_2, dev_1, dev_2, mgr_1):
    old = e.pay
    e.apply_raise()
    print("%-20s %-10s %8d -> %8d (%+.1f%%)" % (e.fullname(), type(e).__name__, old, e.pay, (e.pay - old) * 100.0 / old))
print(isinstance(mgr_1, Employee), isinstance(mgr_1, Developer), issubclass(Developer, Employee))
print(Developer.__mro__)
import datetime
print(Employee.is_workday(datetime.date(2016, 7, 10)), Employee.is_workday(datetime.date(2016, 7, 11)))
staff = [emp_1, emp_2, dev_1, dev_2, mgr_1]
print(map(str, [1]).__class__.__name__, list(map(lambda e: e.first, staff)))
print(list(filter(lambda e: e.pay > 70000, staff)))
print(reduce(lambda acc, e: acc + e.pay, staff, 0))
print("%d employees, total %s, mean %.2f" % (len(staff), "{:,}".format(sum(e.pay for e in staff)), sum(e.pay for e in staff) / float(len(staff))))
print(string.ascii_letters[:10], string.digits, string.punctuation[:8], string.hexdigits, string.octdigits)
table = "%(name)-10s|%(pay)10d|%(lang)s"
for e in staff:
    print(table % {"name": e.first, "pay": e.pay, "lang": getattr(e, "prog_lang", "n/a")})
try:
    Employee.from_string("bad-format")
except ValueError as ex:
    print("ValueError: %s" % ex)
try:
    Employee("a", "b", "c").apply_raise()
except TypeError as ex:
    print("TypeError: %s" % ex)
try:
    print("%d" % "x")
except TypeError as ex:
    print("TypeError: %s" % ex)
