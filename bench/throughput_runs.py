"""A throughput run's figures (``Run``) and how ``bench.throughput`` prints them."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from bench import job_timeline, pg_costs
from bench.service_processes import Placement, cores_allowed, usable_cores


@dataclass
class Run:
    resumes: int
    wall: float
    #: CPU seconds of the web and worker processes, and of their reading workers.
    service_cpu: float
    sandbox_cpu: float
    latencies: list[float]
    #: The machine's one-minute load average when the run started and ended.
    load: tuple[float, float] = (0.0, 0.0)
    #: CPU seconds of each process with its reading workers, the web process first: where
    #: the résumés were read.
    by_process: list[float] = field(default_factory=list)
    #: CPU outside the service's processes: PostgreSQL's backends, the bench itself.
    costs: pg_costs.Costs = field(default_factory=pg_costs.Costs)
    #: Seconds from the first upload until the service had accepted the last.
    uploaded: float = 0.0
    #: Seconds from the first upload until each verification finished, in order.
    finishes: list[float] = field(default_factory=list)
    #: Each job, by worker process, from the processes' logs (none on the embedded queue).
    jobs: list[job_timeline.Job] = field(default_factory=list)
    #: Job slots of each worker process.
    slots: int = 4

    def timeline(self) -> list[job_timeline.ProcessTimeline]:
        """Each worker process's start gap, tail gap and free slots (``bench.job_timeline``)."""
        return job_timeline.timeline(self.jobs, len(self.by_process) - 1, self.slots, self.wall)

    @property
    def web_cpu(self) -> float:
        return self.by_process[0] if self.by_process else self.cpu

    def busiest_core(self, placement: Placement) -> float:
        """CPU seconds per résumé on the busiest core the service may use: with its cores
        free, the service can go no faster than 1 ÷ this. Pinned, the web process and the
        first worker share the first core; free, the CPU spreads over every core."""
        if placement == "free":
            return self.cpu / self.resumes / cores_allowed(placement, len(self.by_process) - 1)
        cores = cores_allowed(placement, len(self.by_process) - 1)
        per_core = [0.0] * cores
        for index, seconds in enumerate(self.by_process):
            per_core[max(index - 1, 0) % cores] += seconds
        return max(per_core) / self.resumes

    @property
    def all_cpu(self) -> float:
        """CPU seconds per résumé of the service, its database's backends and the bench."""
        return (self.cpu + self.costs.server + self.costs.bench) / self.resumes

    @property
    def cores_used(self) -> float:
        return self.cpu / self.wall

    @property
    def cpu(self) -> float:
        return self.service_cpu + self.sandbox_cpu

    @property
    def per_second(self) -> float:
        return self.resumes / self.wall

    @property
    def steady_per_second(self) -> float:
        """Résumés finished per second from the first quarter's last to the third quarter's
        last: the rate with every job slot busy, without the start (uploads, each process's
        first jobs) and the end (the last jobs finishing while slots stand empty), which
        weigh more in a shorter run."""
        first, last = len(self.finishes) // 4, len(self.finishes) * 3 // 4
        if last <= first or self.finishes[last - 1] <= self.finishes[first - 1]:
            return self.per_second
        return (last - first) / (self.finishes[last - 1] - self.finishes[first - 1])


def describe(label: str, run: Run, placement: Placement) -> None:
    allowed = cores_allowed(placement, len(run.by_process) - 1)
    print(f"  {label}  (load average {run.load[0]:.1f} → {run.load[1]:.1f})")
    print(f"    wall time              {run.wall:8.2f} s  (to the last finished_at)")
    print(f"    all uploads accepted   {run.uploaded:8.2f} s")
    print(
        f"    throughput             {run.per_second:8.2f} résumés/s "
        f"({run.per_second * 60:.0f}/minute)"
    )
    print(
        f"      steady (mid half)    {run.steady_per_second:8.2f} résumés/s "
        "(from the 1st quarter's last finish to the 3rd's)"
    )
    print(f"    service CPU            {run.cpu:8.2f} s  ({run.cpu / run.resumes:.3f} s/résumé)")
    print(
        f"      web/worker processes {run.service_cpu:8.2f} s  "
        f"({run.service_cpu / run.resumes:.3f} s/résumé)"
    )
    print(
        f"      reading workers      {run.sandbox_cpu:8.2f} s  "
        f"({run.sandbox_cpu / run.resumes:.3f} s/résumé)"
    )
    if run.web_cpu < run.cpu - 0.005:  # there are worker processes
        print(
            f"      web process + its readers {run.web_cpu / run.resumes:.3f} s/résumé, "
            f"worker processes + theirs {(run.cpu - run.web_cpu) / run.resumes:.3f} s/résumé"
        )
    print(
        f"    cores used             {run.cores_used:8.2f} of {allowed} it may use  "
        f"(at most {allowed / max(run.cores_used, 0.01):.2f}× more from more processes)"
    )
    busiest = run.busiest_core(placement)
    print(
        f"    busiest core           {busiest:8.3f} CPU-s/résumé  (with its cores free: at most "
        f"{1 / busiest:.1f} résumés/s)"
    )
    labels = ["web"] + [f"worker {n}" for n in range(1, len(run.by_process))]
    pg_costs.describe(run.costs, run.resumes, labels)
    print(f"    submit→done p50        {statistics.median(run.latencies):8.2f} s")
    print(f"    submit→done max        {max(run.latencies):8.2f} s")
    if run.jobs:
        job_timeline.describe(run.jobs, run.timeline(), run.slots)


def summarise(
    runs: dict[tuple[Placement, int], list[Run]], placements: Sequence[Placement]
) -> None:
    """Per placement, each process count's least disturbed run (lowest wall time), and its
    throughput ÷ the first count's, beside the ceiling: the cores it may use ÷ those the
    first count's run used."""
    print("lowest wall time of each configuration:")
    for placement in placements:
        counts = [count for (where, count) in runs if where == placement]
        best = {count: min(runs[(placement, count)], key=lambda run: run.wall) for count in counts}
        first = counts[0]
        for count in counts:
            run = best[count]
            plural = "es" if count > 1 else ""
            what = f"{count} worker process{plural}" if count else "embedded queue"
            print(
                f"  {placement:6s} {what}: "
                f"{run.per_second:6.2f} résumés/s, {run.cpu / run.resumes:.3f} CPU-s/résumé, "
                f"{run.cores_used:.2f} of {cores_allowed(placement, count)} cores "
                f"(best of {len(runs[(placement, count)])}, load {run.load[0]:.1f})"
            )
        for count in counts:
            # Where each process of the least disturbed run stood idle: at its start, at its
            # end while another finished (bench.job_timeline), on the service's own clock.
            run = best[count]
            for number, figures in enumerate(run.timeline() if run.jobs else [], start=1):
                print(
                    f"  {placement:6s} {count} × worker {number}: "
                    f"{job_timeline.line(figures, run.slots)} "
                    f"(of {run.wall:.2f} s, load {run.load[0]:.1f})"
                )
        for count in counts[1:]:
            ratio = best[count].per_second / best[first].per_second
            ceiling = cores_allowed(placement, count) / max(best[first].cores_used, 0.01)
            print(
                f"  {placement:6s} {count} processes ÷ {first}: {ratio:.2f}× the throughput "
                f"(ceiling {cores_allowed(placement, count)} cores ÷ "
                f"{best[first].cores_used:.2f} used by {first} = {ceiling:.2f}×)"
            )
            steady = [
                max(run.steady_per_second for run in runs[(placement, number)])
                for number in (first, count)
            ]
            print(
                f"  {placement:6s} {count} processes ÷ {first}, steady rates (mid half of each "
                f"run, best): {steady[1] / steady[0]:.2f}× ({steady[1]:.2f} ÷ {steady[0]:.2f})"
            )
            # Load-proof: what each could do with its cores free, from the CPU on its busiest.
            capacity = [
                min(1 / run.busiest_core(placement) for run in runs[(placement, number)])
                for number in (first, count)
            ]
            print(
                f"  {placement:6s} {count} processes ÷ {first} with the cores free: "
                f"{capacity[1] / capacity[0]:.2f}× ({capacity[1]:.1f} ÷ {capacity[0]:.1f} "
                f"résumés/s, from the CPU on the busiest core; lowest of the runs)"
            )
            # This machine's bound: PostgreSQL and the bench take their CPU from the same
            # cores, so all of it per résumé, over every core, bounds each run too.
            machine = [
                min(
                    min(1 / run.busiest_core(placement), len(usable_cores()) / run.all_cpu)
                    for run in runs[(placement, number)]
                )
                for number in (first, count)
            ]
            print(
                f"  {placement:6s} {count} processes ÷ {first} on these {len(usable_cores())} "
                f"cores: at most {machine[1] / machine[0]:.2f}× ({machine[1]:.1f} ÷ "
                f"{machine[0]:.1f} résumés/s, PostgreSQL's and the bench's CPU counted)"
            )


def marginal(
    short: dict[tuple[Placement, int], list[Run]],
    long: dict[tuple[Placement, int], list[Run]],
    placements: Sequence[Placement],
) -> None:
    """Each configuration's marginal rate between two run lengths, from their least disturbed
    runs: the résumés the longer run adds ÷ the time they add. A run's start (the first
    uploads, each process's first jobs) and its drain (slots emptying) cost about the same
    time at any length, so they cancel out here; what they cost is printed beside it."""
    print("marginal rates, (longer − shorter) ÷ (its wall time − the shorter's), lowest walls:")
    for placement in placements:
        counts = [count for (where, count) in short if where == placement]
        rates: dict[int, float] = {}
        for count in counts:
            fast = min(short[(placement, count)], key=lambda run: run.wall)
            slow = min(long[(placement, count)], key=lambda run: run.wall)
            added = slow.wall - fast.wall
            if slow.resumes <= fast.resumes or added <= 0:
                print(f"  {placement:6s} {count}: none (the longer run was not slower)")
                continue
            rates[count] = (slow.resumes - fast.resumes) / added
            fixed = fast.wall - fast.resumes / rates[count]
            what = f"{count} worker process{'es' if count > 1 else ''}" if count else "embedded"
            print(
                f"  {placement:6s} {what}: {rates[count]:6.2f} résumés/s, start and drain "
                f"{fixed:.2f} s of a run ({fast.resumes}: {fast.wall:.2f} s, "
                f"{slow.resumes}: {slow.wall:.2f} s)"
            )
        first = counts[0]
        for count in counts[1:]:
            if first in rates and count in rates:
                print(
                    f"  {placement:6s} {count} processes ÷ {first}, marginal rates: "
                    f"{rates[count] / rates[first]:.2f}×"
                )
