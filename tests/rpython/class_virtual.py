class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."

    def speak(self) -> str:
        return self.name + " says " + self.sound()


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Puppy(Dog):
    def sound(self) -> str:
        return super().sound() + "!"


class Cat(Animal):
    def __init__(self) -> None:
        super().__init__("cat")

    def sound(self) -> str:
        return "meow"


def main(argv: list[str]) -> int:
    animals: list[Animal] = []
    animals.append(Dog("rex"))
    animals.append(Puppy("bit"))
    animals.append(Cat())
    animals.append(Animal("thing"))
    for a in animals:
        print(a.speak())
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
