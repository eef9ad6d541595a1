# Slate's messages in British English: the reference language. Every other language has
# the same keys. See docs/translating.md.

language-name = English (UK)

test-count-passed = { $passed } of { $total } { $total ->
        [one] test
       *[other] tests
    } passed.
