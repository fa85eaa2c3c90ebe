using Simulator.Machines;

namespace Simulator.Engine;

/// <summary>
/// Runs single trials of a <see cref="CompiledScenario"/> by next-event simulation
/// (model-semantics.md). One per worker thread: it owns every mutable buffer, reuses them from
/// trial to trial and, once warmed up, allocates nothing per trial.
/// </summary>
/// <remarks>
/// Choices where model-semantics.md is silent:
/// <list type="bullet">
/// <item>An access refusal is a verdict delivered at filing (inconclusive, 0 ticks) in Verdicts and VerdictTicksSum.</item>
/// <item>An examination draws its outcome, then its duration, from the verification stream when it starts.</item>
/// <item>Overlapping remedies by one host do not compound: the cut applies while at least one is in effect;
/// each lapses on its own and fires remedy_lapsed on its own claim's targets.</item>
/// <item>A confirmation that comes after the claimant already acted still gets a remedy decision, and a refusal
/// still adds unremedied-breach tension, but brings no strike; a late refutation is not re-decided.</item>
/// <item>The struck side decides to claim a strike and to counter-strike independently; a counter-strike's
/// retaliation trigger goes to the first striker's commitments breached by strikes.</item>
/// <item>Any rise of the escalation level (strike or state effect) restarts the decay clock; each drop starts the next.</item>
/// <item>Engine effects of an action (tension, escalation) are attributed to the claim's first target commitment,
/// else to the truce; entry effects to the commitment entered.</item>
/// <item>Queued events precede process arrivals at the same instant; events after the horizon are never
/// scheduled; stale timers are skipped and not counted in <see cref="EventsProcessed"/>.</item>
/// </list>
/// </remarks>
internal sealed partial class TrialSimulator
{
    // Sentinel for truce updates that cannot collapse the truce (decay, ease).
    private const int NoCause = -1;

    private readonly CompiledScenario _scenario;
    private readonly EventQueue _queue = new(256);
    private readonly int[] _commitmentState;
    private readonly int[] _remedyActive = new int[2];

    private CompiledRegime _regime;
    private RandomStream _claimStream;
    private RandomStream _verificationStream;
    private RandomStream _responseStream;
    private TrialOutcome _outcome;
    private double _now;
    private bool _collapsed;

    /// <summary>Creates a simulator with its own buffers for <paramref name="scenario"/>.</summary>
    public TrialSimulator(CompiledScenario scenario)
    {
        _scenario = scenario;
        _regime = scenario.Regimes[0];
        _commitmentState = new int[scenario.Machines.Length];
        var processes = scenario.GroupCount + 4;
        _processStreams = new RandomStream[processes];
        _processRate = new double[processes];
        _processBudget = new double[processes];
        _processSince = new double[processes];
        _processNext = new double[processes];
    }

    /// <summary>Events handled so far by this simulator, over all trials (arrivals and non-stale queued events).</summary>
    public long EventsProcessed { get; private set; }

    /// <summary>
    /// Simulates trial <paramref name="trial"/> under the regime at <paramref name="regimePosition"/>
    /// and writes what it reports into <paramref name="outcome"/>. Every regime replays the same
    /// trial on the same random streams.
    /// </summary>
    public void Run(long trial, int regimePosition, ref TrialOutcome outcome)
    {
        Reset(trial, regimePosition);
        var horizon = _scenario.HorizonDays;
        while (true)
        {
            // Next event: the earliest of the queue's top and the process clocks (queue first on ties).
            var process = -1;
            var processTime = double.PositiveInfinity;
            for (var i = 0; i < _processNext.Length; i++)
            {
                if (_processNext[i] < processTime)
                {
                    processTime = _processNext[i];
                    process = i;
                }
            }
            var queueTime = _queue.PeekTime;
            if (queueTime <= processTime)
            {
                if (queueTime > horizon) break;
                var e = _queue.Pop();
                _now = e.Time;
                Dispatch(in e);
            }
            else
            {
                if (processTime > horizon) break;
                _now = processTime;
                EventsProcessed++;
                Arrive(process);
            }
            if (_collapsed) break;
        }

        if (!_collapsed)
        {
            _now = horizon;
            CloseStateInterval(_scenario.HorizonTicks);
            _outcome.DurationTicks = _scenario.HorizonTicks;
            _outcome.Collapsed = false;
            _outcome.CauseId = -1;
        }
        outcome = _outcome;
    }

    private void Reset(long trial, int regimePosition)
    {
        _regime = _scenario.Regimes[regimePosition];
        SelectVerdictDelays(regimePosition);
        var seed = _scenario.Seed;
        _claimStream = RandomStream.Create(seed, trial, StreamIds.ClaimFiling);
        _verificationStream = RandomStream.Create(seed, trial, StreamIds.Verification);
        _responseStream = RandomStream.Create(seed, trial, StreamIds.Responses);

        _queue.Clear();
        _outcome = default;
        _now = 0;
        _collapsed = false;
        for (var c = 0; c < _commitmentState.Length; c++) _commitmentState[c] = _scenario.Machines[c].InitialState;
        _remedyActive[0] = _remedyActive[1] = 0;
        ResetClaims();
        ResetDynamics();
        ResetProcesses(trial);
    }

    private void Dispatch(in ScheduledEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.Verdict:
                EventsProcessed++;
                OnVerdict(e.A, (Verdict)e.B);
                break;
            case EventKind.PatienceDeadline:
                if (_claims[e.A].VerdictDelivered) return; // stale: the verdict came first
                EventsProcessed++;
                OnPatienceExpired(e.A);
                break;
            case EventKind.Strike:
                EventsProcessed++;
                OnStrike(e.A, e.B);
                break;
            case EventKind.RemedyLapse:
                EventsProcessed++;
                OnRemedyLapse(e.A, e.B);
                break;
            case EventKind.EscalationDecay:
                if (e.A != _escalationVersion) return; // stale: a later strike restarted the clock
                EventsProcessed++;
                OnEscalationDecay();
                break;
            case EventKind.TensionEase:
                if (e.A != _tensionVersion) return; // stale: tension rose since it was scheduled
                EventsProcessed++;
                OnTensionEase();
                break;
            default:
                throw new InvalidOperationException($"Unknown event kind {e.Kind}.");
        }
    }

    // Schedules only what can still matter: events after the horizon would never be handled.
    private void Schedule(double time, EventKind kind, int a, int b)
    {
        if (time <= _scenario.HorizonDays) _queue.Push(time, kind, a, b);
    }

    /// <summary>Fires <paramref name="trigger"/> on every commitment of a target list, applying entry effects.</summary>
    private void FireOnTargets(int targetList, Trigger trigger)
    {
        var targets = _scenario.Targets[targetList];
        for (var i = 0; i < targets.Length; i++)
        {
            var c = targets[i];
            var next = _scenario.Machines[c].Next(_commitmentState[c], (int)trigger);
            if (next < 0) continue; // no transition: the commitment ignores it
            _commitmentState[c] = next;
            ApplyStateEffects(c, next, trigger);
            if (_collapsed) return;
        }
    }

    private void ApplyStateEffects(int commitment, int state, Trigger trigger)
    {
        var cause = CauseCatalog.Id(commitment, trigger);
        if (_scenario.StateCollapse[commitment][state])
        {
            Collapse(cause);
            return;
        }
        AddTension(_scenario.StateTension[commitment][state], cause);
        if (_collapsed) return;
        AddEscalation(_scenario.StateEscalation[commitment][state], cause);
    }

    /// <summary>The cause of an engine effect of an action about a claim: its first target commitment, else the truce.</summary>
    private int ActionCause(int targetList, Trigger trigger)
    {
        var targets = _scenario.Targets[targetList];
        return CauseCatalog.Id(targets.Length > 0 ? targets[0] : -1, trigger);
    }
}
