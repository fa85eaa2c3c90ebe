using Microsoft.Data.Sqlite;

namespace Simulator.Service.Store;

/// <summary>Creates the runs table; its version is SQLite's user_version, so a later schema can migrate.</summary>
internal static class StoreSchema
{
    public const int Version = 1;

    public static void Apply(SqliteConnection connection)
    {
        using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        var current = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current == Version) return;
        if (current > Version)
        {
            throw new InvalidOperationException($"{RunStore.FileName} has schema version {current}; this program knows up to {Version}. Use a newer program or another --data folder.");
        }
        RunStore.Execute(connection, """
            CREATE TABLE IF NOT EXISTS runs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                status TEXT NOT NULL,
                submission TEXT NOT NULL,
                scenario_name TEXT NOT NULL,
                completed_trials INTEGER NOT NULL,
                total_trials INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                started_at TEXT,
                finished_at TEXT,
                message TEXT);
            CREATE INDEX IF NOT EXISTS runs_by_status ON runs (status, id);
            PRAGMA user_version = 1;
            """);
    }
}
