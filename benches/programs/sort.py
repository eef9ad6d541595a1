# (d) Sorting 200,000 pseudo-random numbers (the same numbers every run).
import random

random.seed(1)
numbers = [random.randrange(1_000_000) for _ in range(200_000)]
ordered = sorted(numbers)
numbers.sort(reverse=True)
print(ordered[0], ordered[100_000], ordered[-1], numbers[0] == ordered[-1])
