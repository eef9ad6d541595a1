# Negeseuon Slate yn Gymraeg. Yr un allweddi ag en-GB. Gweler docs/translating.md.
# Rydyn ni'n defnyddio "ti" gyda dysgwyr drwy'r amser.

language-name = Cymraeg

test-count-passed = Pasiodd { $passed } o { $total } prawf.
