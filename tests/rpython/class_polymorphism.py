class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."

    def speak(self) -> str:
        return self.name + " says " + self.sound()

    def legs(self) -> int:
        return 4


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Bird(Animal):
    def sound(self) -> str:
        return "tweet"

    def legs(self) -> int:
        return 2


class Puppy(Dog):
    def sound(self) -> str:
        return super().sound() + "!"


def main(argv: list[str]) -> int:
    zoo: list[Animal] = [Dog("rex"), Bird("tweety"), Puppy("bit"), Animal("thing")]
    for a in zoo:
        print(a.speak(), a.legs())
    print(sum([a.legs() for a in zoo]))
    counts: dict[str, int] = {}
    for a in zoo:
        counts[a.sound()] = counts.get(a.sound(), 0) + 1
    print(counts)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
