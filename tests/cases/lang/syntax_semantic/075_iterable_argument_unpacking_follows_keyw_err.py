class A(**k, *a): pass
