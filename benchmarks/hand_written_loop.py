"""scenarios/reference/constant-hazard.yaml as a plain Python event loop (the same model and output as
benchmarks/HandWrittenLoop): python3 benchmarks/hand_written_loop.py TRIALS OUT.csv"""
import math
import random
import sys

trials = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
output = sys.argv[2] if len(sys.argv) > 2 else "python-survival.csv"
attack_rate, claim, confirm, horizon_days = 0.05, 0.8, 0.3, 365.0
ticks_per_day, horizon_ticks = 1000, 365 * 1000

rng = random.Random(20251107)
events_at = {}
censored = 0
for _ in range(trials):
    t = 0.0
    while True:
        t += rng.expovariate(attack_rate)
        if t > horizon_days:
            censored += 1
            break
        if rng.random() < claim and rng.random() < confirm:
            tick = round(t * ticks_per_day)
            events_at[tick] = events_at.get(tick, 0) + 1
            break

at_risk, survival, greenwood = trials, 1.0, 0.0
with open(output, "w") as f:
    f.write("day,at_risk,events,survival,std_error\n")
    for tick in sorted(set(events_at) | {horizon_ticks}):
        d = events_at.get(tick, 0)
        c = censored if tick == horizon_ticks else 0
        if d:
            survival *= 1 - d / at_risk
            greenwood += d / (at_risk * (at_risk - d)) if at_risk > d else 0
        f.write(f"{tick / ticks_per_day},{at_risk},{d},{survival},{survival * math.sqrt(greenwood)}\n")
        at_risk -= d + c
print(f"{trials} trials, survival at {horizon_days:g} days {survival:.4f}")
