namespace Simulator.Engine;

/// <summary>
/// One independent stream of a trial, with the draws the model needs. Exponentials and normals
/// come from the ziggurat (<see cref="ZigguratSampler"/>), so a draw depends only on this stream's history.
/// </summary>
internal struct RandomStream
{
    private Xoshiro256StarStar _generator;

    /// <summary>The stream <paramref name="stream"/> of trial <paramref name="trial"/> under <paramref name="seed"/>.</summary>
    public static RandomStream Create(ulong seed, long trial, int stream) =>
        new() { _generator = Xoshiro256StarStar.Create(seed, trial, stream) };

    /// <summary>The stream whose coordinates hash to <paramref name="key"/> (<see cref="SplitMix64.Hash"/>): the same stream as <see cref="Create"/>.</summary>
    public static RandomStream FromKey(ulong key) => new() { _generator = Xoshiro256StarStar.FromKey(key) };

    /// <summary>Makes this stream <see cref="FromKey"/>(<paramref name="key"/>), in place (see <see cref="Xoshiro256StarStar.Reseed"/>).</summary>
    public void Reseed(ulong key)
    {
        _generator.Reseed(key);
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

    /// <summary>Exp(1) (ziggurat).</summary>
    public double UnitExponential() => ZigguratSampler.Exponential(ref _generator);

    /// <summary>Standard normal (ziggurat).</summary>
    public double Normal() => ZigguratSampler.Normal(ref _generator);

    /// <summary>Log-normal with log-mean <paramref name="mu"/> and log-sd <paramref name="sigma"/>.</summary>
    public double LogNormal(double mu, double sigma) => Math.Exp(mu + sigma * Normal());
}
