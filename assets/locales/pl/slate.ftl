# Komunikaty Slate po polsku. Te same klucze co en-GB. Zobacz docs/translating.md.
# Do uczących się zwracamy się na „ty”.

language-name = Polski

test-count-passed = Zaliczone testy: { $passed } z { $total }.
