nums = [1, 2, 3]
total = sum(n for n in nums)
result = (total
          .bit_length()
          .to_bytes(1, "big")
          .decode("ascii")
          .upper()
          .missing_method())
