# (e) Dict and set work on 200,000 items: counting words, then set operations.
words = ["w" + str((i * 7919) % 5003) for i in range(200_000)]

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
most = max(counts.values())

evens = set(range(0, 200_000, 2))
threes = set(range(0, 200_000, 3))
seen = set()
for w in words:
    seen.add(w)
print(len(counts), most, len(evens & threes), len(evens | threes), len(evens - threes), len(seen))
