# (b) Building a string of 200,000 characters with `s += "x"`, inside a function
# (a local variable, where CPython can extend the string in place).
def build(n):
    s = ""
    for _ in range(n):
        s += "x"
    return s


print(len(build(200_000)))
