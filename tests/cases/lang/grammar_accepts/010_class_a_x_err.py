class A(): x
