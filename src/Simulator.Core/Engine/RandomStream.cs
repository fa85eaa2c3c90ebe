namespace Simulator.Engine;

/// <summary>
/// One independent stream of a trial, with the draws the model needs. The Box–Muller spare is
/// kept inside the stream so normal draws depend only on this stream's history.
/// </summary>
internal struct RandomStream
{
    private Xoshiro256StarStar _generator;
    private double _spareNormal;
    private bool _hasSpare;

    /// <summary>The stream <paramref name="stream"/> of trial <paramref name="trial"/> under <paramref name="seed"/>.</summary>
    public static RandomStream Create(ulong seed, long trial, int stream) =>
        new() { _generator = Xoshiro256StarStar.Create(seed, trial, stream) };

    /// <summary>The stream whose coordinates hash to <paramref name="key"/> (<see cref="SplitMix64.Hash"/>): the same stream as <see cref="Create"/>.</summary>
    public static RandomStream FromKey(ulong key) => new() { _generator = Xoshiro256StarStar.FromKey(key) };

    /// <summary>Makes this stream <see cref="FromKey"/>(<paramref name="key"/>), in place (see <see cref="Xoshiro256StarStar.Reseed"/>).</summary>
    public void Reseed(ulong key)
    {
        _generator.Reseed(key);
        _spareNormal = 0;
        _hasSpare = false;
    }

    /// <summary>Advances the stream by <paramref name="draws"/> uniforms whose values are not needed.</summary>
    public void Skip(int draws)
    {
        for (var i = 0; i < draws; i++) _generator.NextUInt64();
    }

    /// <summary>Uniform in (0,1).</summary>
    public double Uniform() => _generator.NextDouble();

    /// <summary>True with probability <paramref name="p"/> (always one draw, so consumption does not depend on p).</summary>
    public bool Bernoulli(double p) => _generator.NextDouble() < p;

    /// <summary>Exp(1) by inversion.</summary>
    public double UnitExponential() => -Math.Log(_generator.NextDouble());

    /// <summary>Standard normal by the Box–Muller transform; every second call returns the spare.</summary>
    public double Normal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }
        var r = Math.Sqrt(-2.0 * Math.Log(_generator.NextDouble()));
        var theta = 2.0 * Math.PI * _generator.NextDouble();
        _spareNormal = r * Math.Sin(theta);
        _hasSpare = true;
        return r * Math.Cos(theta);
    }

    /// <summary>Log-normal with log-mean <paramref name="mu"/> and log-sd <paramref name="sigma"/>.</summary>
    public double LogNormal(double mu, double sigma) => Math.Exp(mu + sigma * Normal());
}
