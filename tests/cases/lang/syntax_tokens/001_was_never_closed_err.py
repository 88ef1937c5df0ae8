class A(
