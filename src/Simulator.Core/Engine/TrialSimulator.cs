using System.Runtime.CompilerServices;
using Simulator.Engine.Tallies;
using Simulator.Model;

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
/// scheduled; stale timers are skipped and not counted in <see cref="EventsProcessed"/>. (The escalation and
/// tension timers are kept outside the queue, one pending instant each, with the priorities of
/// <see cref="EventKind"/>; a patience deadline that a scheduled verdict is sure to make stale is not queued;
/// a verdict due at once waits beside the queue, in the queue's order: TrialSimulator.ImmediateVerdicts.cs.)</item>
/// </list>
/// </remarks>
internal sealed partial class TrialSimulator
{
    // Sentinel for truce updates that cannot collapse the truce (decay, ease).
    private const int NoCause = -1;

    private readonly CompiledScenario _scenario;
    private readonly EventQueue _queue = new(256);
    private readonly int[] _commitmentState;
    private readonly int[] _initialCommitmentState; // copied into _commitmentState by each Reset
    private readonly int[] _remedyActive = new int[2];

    private readonly TrialParameters _p; // this simulator's own values (per-trial draws go here)
    private int _regimePosition;
    private PhaseValues[] _phases = [];
    private PhaseValues _phase = null!;
    private int _phaseIndex;
    private double _nextPhaseAt;
    private double _cost;
    private double _costSince;
    private TrialOutcome _outcome;
    private double _now;
    private bool _collapsed;

    /// <summary>Creates a simulator with its own buffers for <paramref name="scenario"/>.</summary>
    public TrialSimulator(CompiledScenario scenario)
    {
        _scenario = scenario;
        _p = scenario.Template.Clone();
        _phases = _p.Phases[0];
        _phase = _phases[0];
        _commitmentState = new int[scenario.Machines.Length];
        _initialCommitmentState = scenario.InitialCommitmentStates.ToArray();
        var processes = scenario.GroupCount + 4;
        _streamIds = StreamIdsBySlot(scenario);
        _streams = new RandomStream[_streamIds.Length];
        _streamSeededIn = new long[_streamIds.Length];
        _streamOwed = new int[_streamIds.Length];
        _seedKey = SplitMix64.SeedKey(scenario.Seed);
        _claimSlot = processes;
        _verificationSlot = processes + 1;
        _responseSlot = processes + 2;
        _variationSlot = processes + 3;
        _readingSlot = processes + 4;
        _processRate = new double[processes];
        _processBudget = new double[processes];
        _processSince = new double[processes];
        _processNext = new double[processes];
        _initialRates = InitialRatesByRegime();
        _regimeDerivedFor = NotDerivedYet(scenario.Regimes.Length);
    }

    /// <summary>Events handled so far by this simulator, over all trials (arrivals, timers, non-stale queued events and verdicts delivered beside the queue).</summary>
    public long EventsProcessed { get; private set; }

    /// <summary>Checked inside long trials; a trial stopped by it sets <see cref="Abandoned"/> and reports nothing.</summary>
    public CancellationToken Cancellation { get; set; }

    /// <summary>The last <see cref="Run"/> was stopped by <see cref="Cancellation"/> before its end: its outcome is not valid.</summary>
    public bool Abandoned { get; private set; }

    /// <summary>
    /// Simulates trial <paramref name="trial"/> under the regime at <paramref name="regimePosition"/>
    /// and writes what it reports into <paramref name="outcome"/>. Every regime replays the same
    /// trial on the same random streams.
    /// </summary>
    public void Run(long trial, int regimePosition, ref TrialOutcome outcome)
    {
        Reset(trial, regimePosition);
        var horizon = _scenario.HorizonDays;
        // Bounded work (WorkLimits): a trial that passed the gate never comes near the ceiling, and
        // one that runs long still notices cancellation every 65,536 events.
        var budget = WorkLimits.MaxEventsPerTrial;
        while (true)
        {
            if ((--budget & 0xFFFF) == 0)
            {
                if (budget < 0) ThrowTooManyEvents(trial, regimePosition);
                if (Cancellation.IsCancellationRequested)
                {
                    Abandoned = true;
                    return;
                }
            }
            // Next event: the earliest of the queue's top, the two truce timers and the process
            // clocks. Equal instants keep the queue's (time, priority) order: queued events
            // (priorities 0–3) first, then escalation decay (4), tension ease (5), then arrivals;
            // hence the strict comparisons.
            var time = _queue.PeekTime;
            var source = NextSource.Queue;
            // A verdict due now waits beside the queue (TrialSimulator.ImmediateVerdicts.cs); it
            // stands for the queue when it would have been popped first.
            if (ImmediateVerdictFirst())
            {
                time = _immediate[_immediateHead].Time;
                source = NextSource.ImmediateVerdict;
            }
            // A phase of the regime begins before anything else that happens at its instant.
            if (_nextPhaseAt <= time)
            {
                time = _nextPhaseAt;
                source = NextSource.Phase;
            }
            if (_escalationDecayAt < time)
            {
                time = _escalationDecayAt;
                source = NextSource.EscalationDecay;
            }
            if (_tensionEaseAt < time)
            {
                time = _tensionEaseAt;
                source = NextSource.TensionEase;
            }
            var process = NextProcess(out var processTime);
            if (processTime < time)
            {
                time = processTime;
                source = NextSource.Arrival;
            }
            if (time > horizon) break;

            _now = time;
            switch (source)
            {
                case NextSource.Queue:
                    var e = _queue.Pop();
                    Dispatch(in e);
                    break;
                case NextSource.ImmediateVerdict:
                    DeliverImmediateVerdict();
                    break;
                case NextSource.Phase:
                    EventsProcessed++;
                    OnPhaseBegins();
                    break;
                case NextSource.EscalationDecay:
                    EventsProcessed++;
                    OnEscalationDecay();
                    break;
                case NextSource.TensionEase:
                    EventsProcessed++;
                    OnTensionEase();
                    break;
                default:
                    EventsProcessed++;
                    Arrive(process);
                    break;
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
        AccrueDailyCost();
        _outcome.CostMillis = (long)Math.Round(_cost * 1000);
        outcome = _outcome;
    }

    private void Reset(long trial, int regimePosition)
    {
        Abandoned = false;
        _regimePosition = regimePosition;
        SelectVerdictDelays(regimePosition);
        ResetStreams(trial);
        DrawTrialValues(trial, regimePosition);
        _phases = _p.Phases[regimePosition];
        _phaseIndex = 0;
        _phase = _phases[0];
        _nextPhaseAt = NextPhaseDay();
        _cost = 0;
        _costSince = 0;

        _queue.Clear();
        ResetImmediateVerdicts();
        _outcome = default;
        _now = 0;
        _collapsed = false;
        _initialCommitmentState.AsSpan().CopyTo(_commitmentState); // a span copy: Array.CopyTo checks types and ranks first
        _remedyActive[0] = _remedyActive[1] = 0;
        ResetClaims();
        ResetDynamics();
        ResetProcesses(regimePosition);
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
            default:
                ThrowUnknownKind(e.Kind);
                break;
        }
    }

    // Throw helpers, not inlined: building the message needs an interpolated-string handler, a
    // struct the JIT zeroes in the prolog of the method that holds it, with 256-bit stores and no
    // vzeroupper after them. In a hot method that ran on every call and left the registers dirty
    // for the next call into libm's SSE code (log, exp).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowTooManyEvents(long trial, int regimePosition) =>
        throw new TrialLimitException(trial, _scenario.Regimes[regimePosition].Source.Id);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnknownKind(EventKind kind) =>
        throw new InvalidOperationException($"Unknown event kind {kind}.");

    /// <summary>Where the next event comes from.</summary>
    private enum NextSource
    {
        Phase,
        Queue,
        ImmediateVerdict,
        EscalationDecay,
        TensionEase,
        Arrival,
    }

    // Schedules only what can still matter: events after the horizon would never be handled.
    private void Schedule(double time, EventKind kind, int a, int b)
    {
        if (time <= _scenario.HorizonDays) _queue.Push(time, kind, a, b);
    }

    /// <summary>Fires <paramref name="trigger"/> on every commitment of a target list, applying entry effects.</summary>
    private void FireOnTargets(int targetList, Trigger trigger)
    {
        var table = _scenario.Commitments;
        var targets = _scenario.Targets[targetList];
        for (var i = 0; i < targets.Length; i++)
        {
            var c = targets[i];
            var stateBase = table.StateBase[c];
            var next = table.Next[(stateBase + _commitmentState[c]) * table.TriggerCount + (int)trigger];
            if (next < 0) continue; // no transition: the commitment ignores it
            _commitmentState[c] = next;
            if (!table.HasEffects[stateBase + next]) continue;
            ApplyStateEffects(c, stateBase + next, trigger);
            if (_collapsed) return;
        }
    }

    private void ApplyStateEffects(int commitment, int globalState, Trigger trigger)
    {
        var table = _scenario.Commitments;
        var cause = CauseCatalog.Id(commitment, trigger);
        if (table.Collapse[globalState])
        {
            Collapse(cause);
            return;
        }
        AddTension(_p.StateTension[globalState], cause);
        if (_collapsed) return;
        AddEscalation(table.Escalation[globalState], cause);
    }

    /// <summary>The cause of an engine effect of an action about a claim: its first target commitment, else the truce.</summary>
    private int ActionCause(int targetList, Trigger trigger)
    {
        var targets = _scenario.Targets[targetList];
        return CauseCatalog.Id(targets.Length > 0 ? targets[0] : -1, trigger);
    }
}
