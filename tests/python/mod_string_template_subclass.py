# Template with another delimiter
import string


class Percent(string.Template):
    delimiter = "%"


class Hash(string.Template):
    delimiter = "#"


print(Percent("%who owes %{amount} (100%%)").substitute(who="Bob", amount=5))
print(Hash("#x + #{y} = ##").substitute(x=1, y=2))
print(Percent("%missing").safe_substitute())
print(isinstance(Percent("x"), string.Template))
