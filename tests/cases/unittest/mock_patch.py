# patch, patch.object, patch.multiple, patch.dict, start/stop/stopall and their errors.
import os
import unittest
from unittest import mock


class Base:
    inherited = 'base'


class Thing(Base):
    value = 1

    def method(self):
        return 'real'


settings = {'a': 1, 'b': 2}

# context manager and restore
with mock.patch.object(Thing, 'value', 5) as got:
    print(got, Thing.value)
print(Thing.value)
with mock.patch.object(Thing, 'inherited', 'patched'):
    print(Thing.inherited, 'inherited' in Thing.__dict__)
print(Thing.inherited, 'inherited' in Thing.__dict__)
with mock.patch.object(Thing, 'brand_new', 3, create=True):
    print(Thing.brand_new)
print(hasattr(Thing, 'brand_new'))

# errors
for make in (lambda: mock.patch('nodots'), lambda: mock.patch(42),
             lambda: mock.patch('os.getcwd', 1, new_callable=list),
             lambda: mock.patch.object('os', 'getcwd'),
             lambda: mock.patch.multiple(os)):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    with mock.patch.object(Thing, 'missing'):
        pass
except AttributeError as e:
    print('AttributeError', str(e).endswith("does not have the attribute 'missing'"))

# new_callable and kwargs
with mock.patch('os.getcwd', new_callable=mock.Mock, return_value='/x') as m:
    print(type(m).__name__, os.getcwd())
with mock.patch.object(Thing, 'method', autospec=None, return_value='mocked') as m:
    print(Thing().method(), m.call_count)


# decorators stack innermost first; patch.multiple passes keywords
@mock.patch.object(Thing, 'value', 9)
@mock.patch('os.getcwd', return_value='/a')
@mock.patch('os.listdir')
def stacked(listdir, getcwd, *, extra='-'):
    listdir.return_value = ['f']
    return Thing.value, os.getcwd(), os.listdir('.'), extra


print(stacked(extra='+'), Thing.value, stacked.__name__)


@mock.patch.multiple(Thing, value=mock.DEFAULT, method=mock.DEFAULT)
def multi(value, method):
    method.return_value = 'multi'
    return type(value).__name__, Thing().method()


print(multi(), Thing.value, Thing().method())
with mock.patch.multiple('os', getcwd=mock.DEFAULT, sep='!') as values:
    print(sorted(values), os.sep)
print(os.sep == '/')

# start / stop / stopall
p1 = mock.patch.object(Thing, 'value', 100)
p2 = mock.patch('os.getcwd', return_value='/started')
print(p1.start(), os.getcwd() if p2.start() else None, Thing.value)
p1.stop()
print(Thing.value, os.getcwd())
mock.patch.stopall()
print(os.getcwd() != '/started', p2.stop())

# patch.dict
with mock.patch.dict(settings, {'b': 20, 'c': 30}) as d:
    print(d is settings, sorted(settings.items()))
print(sorted(settings.items()))
with mock.patch.dict(settings, clear=True, z=0):
    print(settings)
print(settings)
with mock.patch.dict('os.environ', {'FAKE_VAR_FOR_TEST': 'yes'}):
    print(os.environ['FAKE_VAR_FOR_TEST'])
print('FAKE_VAR_FOR_TEST' in os.environ)


@mock.patch.dict(settings, a=100)
def reads():
    return settings['a']


print(reads(), settings['a'])


@mock.patch.object(Thing, 'value', 42)
class Decorated(unittest.TestCase):
    def test_one(self):
        self.assertEqual(Thing.value, 42)

    def helper(self):
        return Thing.value


@mock.patch.dict(settings, {'a': -1})
class DictDecorated(unittest.TestCase):
    def test_dict(self):
        self.assertEqual(settings['a'], -1)


r = unittest.TestResult()
unittest.TestSuite([Decorated('test_one'), DictDecorated('test_dict')]).run(r)
print(r.wasSuccessful(), r.testsRun, Decorated('test_one').helper(), settings['a'])
