using System.Globalization;
using System.Text;

// scenarios/reference/constant-hazard.yaml by hand: attacks arrive at rate 0.05 a day; each is claimed
// with probability 0.8 and confirmed at once with probability access × sensitivity = 0.3; the first
// confirmation collapses the truce; horizon 365 days. Durations are kept at the simulator's 1/1000-day
// resolution, and the program ends as `run` does: the Kaplan–Meier curve with Greenwood standard
// errors at every distinct time, written as CSV. Usage: hand-written-loop TRIALS OUT.csv
var trials = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
var output = args.Length > 1 ? args[1] : "hand-written-survival.csv";
const double attackRate = 0.05, claim = 0.8, confirm = 0.3, horizonDays = 365;
const long ticksPerDay = 1000, horizonTicks = 365 * ticksPerDay;

var random = new Random(20251107);
var eventsAt = new long[horizonTicks + 1];
long censored = 0;
for (long trial = 0; trial < trials; trial++)
{
    var t = 0.0;
    while (true)
    {
        t += -Math.Log(1 - random.NextDouble()) / attackRate;
        if (t > horizonDays)
        {
            censored++;
            break;
        }
        if (random.NextDouble() < claim && random.NextDouble() < confirm)
        {
            eventsAt[(long)Math.Round(t * ticksPerDay)]++;
            break;
        }
    }
}

var csv = new StringBuilder("day,at_risk,events,survival,std_error\n");
var atRisk = trials;
double survival = 1, greenwood = 0;
for (long tick = 0; tick <= horizonTicks; tick++)
{
    var d = eventsAt[tick];
    var c = tick == horizonTicks ? censored : 0;
    if (d == 0 && c == 0) continue;
    if (d > 0)
    {
        survival *= 1 - (double)d / atRisk;
        greenwood += atRisk > d ? (double)d / (atRisk * (double)(atRisk - d)) : 0;
    }
    csv.Append(CultureInfo.InvariantCulture, $"{tick / (double)ticksPerDay},{atRisk},{d},{survival},{survival * Math.Sqrt(greenwood)}\n");
    atRisk -= d + c;
}
File.WriteAllText(output, csv.ToString());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{trials} trials, survival at {horizonDays} days {survival:0.0000}"));
