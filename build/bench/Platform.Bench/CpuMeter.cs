using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Platform.Bench;

/// <summary>
/// CPU used by this process (the host and the benchmark's clients) and by PostgreSQL, together;
/// PostgreSQL's write-ahead log: how often it was flushed to disk, and how much was written; and
/// how many grain states Orleans wrote.
/// </summary>
internal readonly record struct CpuUse(TimeSpan Host, TimeSpan Postgres, long WalFlushes, long WalBytes, long StateWrites)
{
    public static CpuUse operator -(CpuUse after, CpuUse before) =>
        new(after.Host - before.Host, after.Postgres - before.Postgres, after.WalFlushes - before.WalFlushes, after.WalBytes - before.WalBytes,
            after.StateWrites - before.StateWrites);
}

/// <summary>
/// Reads the CPU time the platform spends, from <c>/proc</c>: this process's, and the PostgreSQL
/// server's (the postmaster, its live backends and workers, and the children it has reaped). CPU
/// time per award moves far less than awards per second when other work shares the machine, so
/// it is the figure to compare a change by. The log's flushes and bytes (<c>pg_stat_wal</c>, the
/// whole server's) do not move with the machine at all: each commit that waits for its flush costs
/// one, unless another commit's flush took it along. Grain state writes are the rows inserted and
/// updated in Orleans' storage table (<c>pg_stat_user_tables</c>, which a backend reports at most
/// once a second while busy).
/// </summary>
internal sealed class CpuMeter(int postmaster, string connectionString)
{
    // /proc reports times in USER_HZ, which Linux fixes at 100 for every architecture it exposes it on.
    private const double TicksPerSecond = 100;

    public static async Task<CpuMeter?> StartAsync(string connectionString)
    {
        if (!File.Exists("/proc/self/stat")) return null;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        return Stat(backend) is { } stat ? new CpuMeter(stat.Parent, connectionString) : null;
    }

    public async Task<CpuUse> ReadAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select wal_sync, wal_bytes::bigint,
                   (select coalesce(sum(n_tup_ins + n_tup_upd), 0)::bigint from pg_stat_user_tables where schemaname = 'orleans' and relname = 'orleansstorage')
            from pg_stat_wal
            """, connection);
        await using var row = await command.ExecuteReaderAsync();
        await row.ReadAsync();
        using var self = Process.GetCurrentProcess();
        return new CpuUse(self.TotalProcessorTime, Postgres(), row.GetInt64(0), row.GetInt64(1), row.GetInt64(2));
    }

    private TimeSpan Postgres()
    {
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || Stat(pid) is not { } stat) continue;
            if (pid == postmaster) ticks += stat.Own + stat.Reaped;
            else if (stat.Parent == postmaster) ticks += stat.Own;
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Fields of <c>/proc/[pid]/stat</c> after the command's name (which may hold spaces): ppid, utime + stime, cutime + cstime.</summary>
    private static (int Parent, long Own, long Reaped)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
    }
}
