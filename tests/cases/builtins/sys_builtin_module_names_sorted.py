import sys
print(list(sys.builtin_module_names) == sorted(sys.builtin_module_names), 'sys' in sys.builtin_module_names)
