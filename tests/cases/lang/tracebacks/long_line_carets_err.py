result = some_function_name_that_does_not_exist(argument_one, argument_two, argument_three)
