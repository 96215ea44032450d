# string.capwords
import string

for s in ["hello world", "  leading and   trailing  ", "ALL CAPS here", "o'neil mcdonald", "", "a",
          "tab\tseparated\nlines"]:
    print(repr(string.capwords(s)))
print(string.capwords("a-b-c", "-"), string.capwords("x,,y", ","), string.capwords("aBC dEF", None))
