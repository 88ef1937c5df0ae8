# Task scheduler simulation in the style of the classic "richards" benchmark.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

    def __repr__(self):
        return f"Packet(id={self.ident}, kind={self.kind}, datum={self.datum}, data={self.data})"


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = self.task_waiting = self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.table = [None] * 10
        self.tasks = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []

    def find(self, ident):
        t = self.table[ident]
        if t is None:
            raise LookupError(f"no task {ident}")
        return t


class Task(TaskState):
    def __init__(self, sched, ident, prio, wkq, fn_state):
        super().__init__()
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.state = fn_state
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self
        if wkq is None:
            self.packet_pending = False

    def add_packet(self, pkt, old):
        if self.wkq is None:
            self.wkq = pkt
            self.packet_pending = True
            if self.prio > old.prio:
                return self
        else:
            self.wkq = pkt.append_to(self.wkq)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.wkq
            self.wkq = msg.link
            if self.wkq is None:
                self.running()
            else:
                self.packet_pending = True
                self.task_waiting = self.task_holding = False
        else:
            msg = None
        return self.fn(msg)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.task_holding = False
        return t if t.prio > self.prio else self

    def qpkt(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class IdleTask(Task):
    def fn(self, pkt):
        st = self.state
        st["count"] -= 1
        if st["count"] == 0:
            return self.hold()
        if st["control"] & 1 == 0:
            st["control"] >>= 1
            return self.release(DEVICE_A)
        st["control"] = (st["control"] >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class DeviceTask(Task):
    def fn(self, pkt):
        st = self.state
        if pkt is None:
            pkt = st.get("pending")
            if pkt is None:
                return self.wait()
            st["pending"] = None
            return self.qpkt(pkt)
        st["pending"] = pkt
        self.sched.trace.append(chr(pkt.datum % 26 + 65) if pkt.datum else ".")
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt):
        st = self.state
        if pkt is not None:
            if pkt.kind == K_WORK:
                st["work_in"] = pkt.append_to(st.get("work_in"))
            else:
                st["device_in"] = pkt.append_to(st.get("device_in"))
        work = st.get("work_in")
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = st.get("device_in")
                if dev is not None:
                    st["device_in"] = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.qpkt(dev)
            else:
                st["work_in"] = work.link
                return self.qpkt(work)
        return self.wait()


class WorkTask(Task):
    def fn(self, pkt):
        st = self.state
        if pkt is None:
            return self.wait()
        st["dest"] = HANDLER_B if st["dest"] == HANDLER_A else HANDLER_A
        pkt.ident = st["dest"]
        pkt.datum = 0
        for i in range(BUFSIZE):
            st["count"] += 1
            if st["count"] > 26:
                st["count"] = 1
            pkt.data[i] = st["count"]
        return self.qpkt(pkt)


def schedule(sched):
    t = sched.tasks
    steps = 0
    while t is not None:
        steps += 1
        if t.is_held_or_suspended():
            t = t.link
        else:
            t = t.run_task()
    return steps


def run(iterations):
    sched = Scheduler()
    IdleTask(sched, IDLE, 0, None, {"control": 1, "count": iterations}).running()
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(sched, WORKER, 1000, wkq, {"dest": HANDLER_A, "count": 0}).waiting_with_packet()
    wkq = Packet(None, DEVICE_A, K_DEV)
    wkq = Packet(wkq, DEVICE_A, K_DEV)
    wkq = Packet(wkq, DEVICE_A, K_DEV)
    HandlerTask(sched, HANDLER_A, 2000, wkq, {}).waiting_with_packet()
    wkq = Packet(None, DEVICE_B, K_DEV)
    wkq = Packet(wkq, DEVICE_B, K_DEV)
    wkq = Packet(wkq, DEVICE_B, K_DEV)
    HandlerTask(sched, HANDLER_B, 3000, wkq, {}).waiting_with_packet()
    DeviceTask(sched, DEVICE_A, 4000, None, {}).waiting()
    DeviceTask(sched, DEVICE_B, 5000, None, {}).waiting()
    steps = schedule(sched)
    return sched, steps


for n in (10, 100, 1000, 3000):
    s, steps = run(n)
    trace = "".join(s.trace)
    print(f"n={n:5d} steps={steps:6d} qpkt={s.qpkt_count:6d} hold={s.hold_count:6d} "
          f"trace_len={len(trace)} head={trace[:40]!r}")
    print("  checksum", sum(ord(c) for c in trace) % 100003, hash(trace[:10]) == hash(trace[:10]))

s, _ = run(5)
try:
    s.find(7)
except LookupError as e:
    print(type(e).__name__, e)
print(repr(s.table[WORKER].wkq))
print(sorted(type(t).__name__ for t in s.table if t is not None))
