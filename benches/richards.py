# An operating-system simulation in the style of the classic task-scheduler
# benchmark: an idle task, a worker, two handlers and two devices exchange
# message packets through a priority scheduler that holds, releases and
# suspends them. Every object is a class instance; every step is a method.
# bench: size=60 quick-size=6 quick-subset=yes
import sys

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

DEVICE_MESSAGE = 0
WORK_MESSAGE = 1


class Message:
    def __init__(self, following, sender, kind):
        self.following = following
        self.sender = sender
        self.kind = kind
        self.number = 0
        self.payload = [0, 0, 0, 0]

    def enqueue_on(self, queue):
        """Append self at the end of queue; returns the new head."""
        self.following = None
        if queue is None:
            return self
        last = queue
        while last.following is not None:
            last = last.following
        last.following = self
        return queue


class Task:
    def __init__(self, system, ident, priority, inbox):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.pending = inbox is not None
        self.waiting = False
        self.held = False
        self.next_task = system.task_list
        system.task_list = self
        system.tasks[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def deliver(self, message, current):
        """Queue message for this task; returns the task to run next."""
        if self.inbox is None:
            self.inbox = message
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.inbox = message.enqueue_on(self.inbox)
        return current

    def step(self):
        message = None
        if self.waiting and self.pending:
            message = self.inbox
            self.inbox = message.following
            self.pending = self.inbox is not None
            self.waiting = False
        return self.act(message)

    def act(self, message):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, inbox, budget):
        Task.__init__(self, system, ident, priority, inbox)
        self.seed = 1
        self.budget = budget

    def act(self, message):
        self.budget -= 1
        if self.budget == 0:
            return self.system.hold_current()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.system.release(DEVICE_B)
        self.seed >>= 1
        return self.system.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, inbox):
        Task.__init__(self, system, ident, priority, inbox)
        self.target = HANDLER_A
        self.letter = 0

    def act(self, message):
        if message is None:
            return self.system.wait_current()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        message.sender = self.target
        message.number = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            message.payload[i] = self.letter
        return self.system.send(message)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, inbox):
        Task.__init__(self, system, ident, priority, inbox)
        self.work = None
        self.devices = None

    def act(self, message):
        if message is not None:
            if message.kind == WORK_MESSAGE:
                self.work = message.enqueue_on(self.work)
            else:
                self.devices = message.enqueue_on(self.devices)
        if self.work is not None:
            work = self.work
            index = work.number
            if index < 4:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.following
                    device.number = work.payload[index]
                    work.number = index + 1
                    return self.system.send(device)
            else:
                self.work = work.following
                return self.system.send(work)
        return self.system.wait_current()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, inbox):
        Task.__init__(self, system, ident, priority, inbox)
        self.holding = None

    def act(self, message):
        if message is None:
            if self.holding is None:
                return self.system.wait_current()
            held = self.holding
            self.holding = None
            return self.system.send(held)
        self.holding = message
        self.system.output = (self.system.output * 29 + message.number) % 1000003
        return self.system.hold_current()


class System:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.task_list = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.output = 0

    def find(self, ident):
        return self.tasks[ident]

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.next_task

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.find(ident)
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, message):
        target = self.find(message.sender)
        self.sends += 1
        message.following = None
        message.sender = self.current.ident
        return target.deliver(message, self.current)

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            if self.current.blocked():
                self.current = self.current.next_task
            else:
                self.current = self.current.step()


def simulate(budget):
    system = System()
    IdleTask(system, IDLE, 0, None, budget)
    work = Message(None, WORKER, WORK_MESSAGE)
    work = Message(work, WORKER, WORK_MESSAGE)
    WorkerTask(system, WORKER, 1000, work)
    for ident, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = Message(None, device, DEVICE_MESSAGE)
        queue = Message(queue, device, DEVICE_MESSAGE)
        queue = Message(queue, device, DEVICE_MESSAGE)
        HandlerTask(system, ident, priority, queue)
    DeviceTask(system, DEVICE_A, 4000, None)
    DeviceTask(system, DEVICE_B, 5000, None)
    for task in system.tasks:
        if task.inbox is not None:
            task.waiting = True
    system.run()
    return system


def main(rounds):
    sends = holds = output = 0
    for r in range(rounds):
        system = simulate(5000 + r)
        sends += system.sends
        holds += system.holds
        output = (output * 7 + system.output) % 1000003
    print("richards", rounds, sends, holds, output)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
