using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Simulator.Service.Store;

/// <summary>
/// The runs and their state in one SQLite file (simulator.db under --data), in WAL mode with one
/// writer: every change goes through one connection, one at a time, so concurrent submissions never
/// meet a locked database; reads use their own connections and see the last committed state.
/// Synchronous=FULL: a change the API has answered survives a crash of the process or the machine.
/// </summary>
public sealed class RunStore : IDisposable
{
    /// <summary>The database file's name inside the data folder.</summary>
    public const string FileName = "simulator.db";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly Lock _writeLock = new();

    /// <summary>Opens (creating if needed) the database in <paramref name="dataFolder"/>.</summary>
    public RunStore(string dataFolder)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        Execute(_writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        StoreSchema.Apply(_writer);
    }

    /// <summary>
    /// Adds a queued run unless <paramref name="maxQueued"/> runs already wait; returns its id, or
    /// null when the queue is full. Counting and adding are one transaction.
    /// </summary>
    public long? TryAdd(RunSubmission submission, string scenarioName, long totalTrials, DateTimeOffset now, int maxQueued)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            var queued = Convert.ToInt64(Scalar(_writer, "SELECT COUNT(*) FROM runs WHERE status = 'queued'"), CultureInfo.InvariantCulture);
            if (queued >= maxQueued) return null;
            using var insert = Command(_writer,
                "INSERT INTO runs (status, submission, scenario_name, completed_trials, total_trials, created_at) "
                + "VALUES ('queued', $submission, $name, 0, $total, $created) RETURNING id",
                ("$submission", JsonSerializer.Serialize(submission, Json)), ("$name", scenarioName), ("$total", totalTrials), ("$created", Stamp(now)));
            var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            transaction.Commit();
            return id;
        }
    }

    /// <summary>The run <paramref name="id"/>, or null when there is none.</summary>
    public RunRecord? Get(long id)
    {
        using var connection = OpenReader();
        using var query = Command(connection, $"SELECT {Columns} FROM runs WHERE id = $id", ("$id", id));
        using var reader = query.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>The newest <paramref name="limit"/> runs, newest first.</summary>
    public IReadOnlyList<RunRecord> List(int limit)
    {
        using var connection = OpenReader();
        using var query = Command(connection, $"SELECT {Columns} FROM runs ORDER BY id DESC LIMIT $limit", ("$limit", limit));
        using var reader = query.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read()) runs.Add(Read(reader));
        return runs;
    }

    /// <summary>Ids of the queued runs, oldest first.</summary>
    public IReadOnlyList<long> QueuedIds()
    {
        using var connection = OpenReader();
        using var query = Command(connection, "SELECT id FROM runs WHERE status = 'queued' ORDER BY id");
        using var reader = query.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>At start: runs left 'running' by a crash go back to the queue (they resume from their checkpoints); returns how many.</summary>
    public int RequeueInterrupted() => Change("UPDATE runs SET status = 'queued', message = 'interrupted; resumes from its checkpoint' WHERE status = 'running'");

    /// <summary>Marks a queued run running; false when it is no longer queued (cancelled meanwhile).</summary>
    public bool TryStart(long id, DateTimeOffset now) => Change(
        "UPDATE runs SET status = 'running', started_at = COALESCE(started_at, $now), message = NULL WHERE id = $id AND status = 'queued'",
        ("$id", id), ("$now", Stamp(now))) == 1;

    /// <summary>Saves the progress of a running run.</summary>
    public void SaveProgress(long id, long completed, long total) => Change(
        "UPDATE runs SET completed_trials = $completed, total_trials = $total WHERE id = $id AND status = 'running'",
        ("$id", id), ("$completed", completed), ("$total", total));

    /// <summary>Ends a run with <paramref name="status"/>.</summary>
    public void Finish(long id, RunStatus status, DateTimeOffset now, long completed, string? message) => Change(
        "UPDATE runs SET status = $status, finished_at = $now, completed_trials = $completed, message = $message WHERE id = $id",
        ("$id", id), ("$status", status.Name()), ("$now", Stamp(now)), ("$completed", completed), ("$message", message));

    /// <summary>A running run stopped by a graceful shutdown goes back to the queue, resumable.</summary>
    public void Requeue(long id, long completed, string message) => Change(
        "UPDATE runs SET status = 'queued', completed_trials = $completed, message = $message WHERE id = $id AND status = 'running'",
        ("$id", id), ("$completed", completed), ("$message", message));

    /// <summary>Cancels a run that has not started; false when it is not queued.</summary>
    public bool TryCancelQueued(long id, DateTimeOffset now) => Change(
        "UPDATE runs SET status = 'cancelled', finished_at = $now, message = 'cancelled before it started' WHERE id = $id AND status = 'queued'",
        ("$id", id), ("$now", Stamp(now))) == 1;

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_writeLock) _writer.Dispose();
    }

    private const string Columns = "id, status, submission, scenario_name, completed_trials, total_trials, created_at, started_at, finished_at, message";

    private static RunRecord Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Status = RunStatusNames.Parse(row.GetString(1)),
        Submission = JsonSerializer.Deserialize<RunSubmission>(row.GetString(2), Json)!,
        ScenarioName = row.GetString(3),
        CompletedTrials = row.GetInt64(4),
        TotalTrials = row.GetInt64(5),
        CreatedAt = Time(row.GetString(6)),
        StartedAt = row.IsDBNull(7) ? null : Time(row.GetString(7)),
        FinishedAt = row.IsDBNull(8) ? null : Time(row.GetString(8)),
        Message = row.IsDBNull(9) ? null : row.GetString(9),
    };

    private int Change(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_writeLock)
        {
            using var command = Command(_writer, sql, parameters);
            return command.ExecuteNonQuery();
        }
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        return command.ExecuteScalar();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string stamp) => DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
