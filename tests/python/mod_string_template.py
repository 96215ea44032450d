# string.Template substitute and safe_substitute
import string

t = string.Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "tim", "what": "ham"}))
print(t.substitute({"who": "tim", "what": "ham"}, what="eggs"))
print(t.safe_substitute(who="tim"))
print(string.Template("${noun}ification $$5 $$$x").substitute(noun="nice", x=1))
print(string.Template("${a} ${b}").safe_substitute(a=1))
print(string.Template("no placeholders").substitute())
print(t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
