# (a) A 1,000,000-iteration loop at module level: integer arithmetic and a global.
total = 0
for i in range(1_000_000):
    total += i % 7
print(total)
