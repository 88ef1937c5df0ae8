# gc module API and errno constants.
import gc
import errno

print(gc.isenabled(), gc.collect(), gc.collect(0), gc.get_threshold(), len(gc.get_count()))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for label, fn in [('collect 3', lambda: gc.collect(3)), ('set_threshold()', lambda: gc.set_threshold())]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


class A:
    pass


print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 2}),
      gc.is_tracked({1: []}), gc.is_tracked((1, 2)), gc.is_tracked(()), gc.is_tracked(object()),
      gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(len), gc.is_tracked(set()))
print(gc.garbage, gc.callbacks, gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.get_freeze_count())
print([sorted(s) for s in gc.get_stats()][0])


class WithDel:
    def __del__(self):
        print('__del__ ran')


w = WithDel()
del w
print('after del')
names = [n for n in dir(errno) if n.startswith('E')]
print(len(names), all(getattr(errno, n) in errno.errorcode for n in names))
print(errno.EPERM, errno.ENOENT, errno.EINTR, errno.EAGAIN, errno.ENOMEM, errno.EACCES, errno.EEXIST,
      errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.ENOSPC, errno.EPIPE, errno.ERANGE, errno.ENOTEMPTY,
      errno.ENOSYS, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EDEADLOCK)
print(errno.errorcode[95], errno.errorcode[35], errno.errorcode[11], errno.errorcode[1])
